using System.Collections.Immutable;
using Siege.Engine.Domain;
using Siege.Scenarios.Yaml;

namespace Siege.Scenarios.Loading;

internal sealed partial class ScenarioReader
{
    private Forces? ReadForces(MapReader? r)
    {
        if (r is null) return null;
        var defender = r.Node("defender") is { } d ? ReadUnit(d, Side.Defender) : null;
        var attacker = r.Node("attacker") is { } a ? ReadUnit(a, Side.Attacker) : null;
        r.Finish();
        return defender is null || attacker is null ? null : new Forces(defender, attacker);
    }

    private ForceUnit? ReadUnit(Located at, Side side)
    {
        var probe = new MapReader(at, new Diagnostics(), "unit");
        var id = probe.String("id");
        var what = id is null ? "unit" : $"unit '{Quote.Text(id)}'";
        var r = new MapReader(at, diagnostics, what);
        id = r.String("id");
        var name = r.String("name");
        var nameEn = r.String("nameEn");
        var echelon = r.Enum<Echelon>("echelon");
        var kind = r.Enum<UnitKind>("kind") ?? UnitKind.Infantry;
        var commanders = ReadCommanders(r);
        var quality = r.Number("quality") ?? 1.0;
        if (quality <= 0) diagnostics.Add(r.Place("quality")!.Value, $"{what}.quality: must be positive");
        var (arrives, never, range) = ReadArrival(r);
        var arrivesUntil = HourOf(r, "arrivesUntil");
        if (arrivesUntil is not null && !never && arrivesUntil <= arrives)
            diagnostics.Add(r.Place("arrivesUntil")!.Value, $"{what}.arrivesUntil: must come after 'arrives'");
        var arrivesAt = r.String("arrivesAt");
        var role = r.Enum<AttackerRole>("role") ?? AttackerRole.Assault;
        var guns = ReadCount(r, "guns", MaxGuns, "guns");
        var weapons = r.Sequence("weapons").Select(w => ReadWeapon(w, what)).OfType<Weapon>().ToImmutableArray();
        var deployment = r.Sequence("deployment").Select(s => ReadShare(s, what)).OfType<DeploymentShare>().ToImmutableArray();
        ReadSourceKeys(r);
        ReadNote(r);
        var units = r.Sequence("units").Select(u => ReadUnit(u, side)).OfType<ForceUnit>().ToImmutableArray();
        var strength = ReadNonNegative(r, "strength", required: units.IsEmpty && kind != UnitKind.Air && !never);
        if (strength is { } s && s.High > MaxMen)
            diagnostics.Add(r.Place("strength")!.Value, $"{what}.strength: {Quote.Number(s.High, "0")} men is more than any unit had (at most {MaxMen:0})");
        r.Finish();

        if (id is not null)
        {
            CheckId(r.Place("id")!.Value, id, what);
            if (!_unitIds.Add(id)) diagnostics.Add(r.Place("id")!.Value, $"unit: duplicate id '{Quote.Text(id)}'");
        }
        if (!units.IsEmpty && strength is not null)
            diagnostics.Add(r.Place("strength")!.Value, $"{what}.strength: a unit with sub-units takes its strength from them; give strength on the sub-units");
        CheckSideSpecificFields(r, side, what, arrivesAt, deployment);
        if (never) CheckNeverArrives(r, what, units);
        if (id is null || name is null || nameEn is null || echelon is null) return null;
        return new ForceUnit(id, name, nameEn, echelon.Value, kind, commanders, strength, quality, arrives, arrivesAt, role, guns, deployment, weapons, units, arrivesUntil)
        {
            NeverArrives = never,
            ArrivalRange = range,
        };
    }

    private void CheckSideSpecificFields(MapReader r, Side side, string what, string? arrivesAt, ImmutableArray<DeploymentShare> deployment)
    {
        if (side == Side.Defender)
        {
            foreach (var key in new[] { "arrivesAt", "role", "guns" })
                if (r.Has(key)) diagnostics.Add(r.Place(key)!.Value, $"{what}.{key}: only attacker units have '{key}'");
            if (!deployment.IsEmpty && Math.Abs(deployment.Sum(s => s.Share) - 1.0) > 1e-6)
                diagnostics.Add(r.Place("deployment")!.Value, $"{what}.deployment: shares add up to {deployment.Sum(s => s.Share):0.###}, not 1");
            return;
        }
        if (r.Has("deployment")) diagnostics.Add(r.Place("deployment")!.Value, $"{what}.deployment: attacker units appear at 'arrivesAt' instead");
        CheckPosition(r, "arrivesAt", arrivesAt);
        if (arrivesAt is not null && _positions.TryGetValue(arrivesAt, out var staging) && staging.HeldBy != Side.Attacker)
            diagnostics.Add(r.Place("arrivesAt")!.Value, $"{what}.arrivesAt: '{Quote.Text(arrivesAt)}' is held by the defender at the start; attackers arrive at positions they hold");
    }

    private ImmutableArray<Commander> ReadCommanders(MapReader r)
    {
        var list = ImmutableArray.CreateBuilder<Commander>();
        if (r.String("commander") is { } single) list.Add(new Commander(single, r.String("commanderEn") ?? single));
        else r.Node("commanderEn");
        foreach (var at in r.Sequence("commanders"))
        {
            var c = new MapReader(at, diagnostics, $"{r.What}.commanders");
            var name = c.String("name");
            var nameEn = c.String("nameEn");
            var from = c.String("from");
            var note = ReadNote(c);
            ReadSourceKeys(c);
            c.Finish();
            if (name is not null && nameEn is not null) list.Add(new Commander(name, nameEn, from, note));
        }
        return list.ToImmutable();
    }

    private Weapon? ReadWeapon(Located at, string owner)
    {
        var r = new MapReader(at, diagnostics, $"{owner}.weapons");
        var name = r.String("name");
        var nameEn = r.String("nameEn");
        var count = ReadNonNegative(r, "count");
        ReadSourceKeys(r);
        ReadNote(r);
        r.Finish();
        return name is null || nameEn is null || count is null ? null : new Weapon(name, nameEn, count);
    }

    private DeploymentShare? ReadShare(Located at, string owner)
    {
        var r = new MapReader(at, diagnostics, $"{owner}.deployment");
        var position = r.String("at");
        var share = r.Number("share");
        r.Finish();
        if (position is not null && position != DeploymentShare.Reserve) CheckPosition(r, "at", position);
        if (share is <= 0 or > 1) diagnostics.Add(r.Place("share")!.Value, $"{owner}.deployment.share: must be more than 0 and at most 1");
        return position is null || share is null ? null : new DeploymentShare(position, share.Value);
    }

    private SupplyLists ReadSupplies(MapReader? r)
    {
        if (r is null) return new SupplyLists([], []);
        var defender = r.Sequence("defender").Select(s => ReadSupply(s, _defenderSupplyIds)).OfType<Supply>().ToImmutableArray();
        var attacker = r.Sequence("attacker").Select(s => ReadSupply(s, _attackerSupplyIds)).OfType<Supply>().ToImmutableArray();
        r.Finish();
        return new SupplyLists(defender, attacker);
    }

    private Supply? ReadSupply(Located at, HashSet<string> ids)
    {
        var r = new MapReader(at, diagnostics, "supply");
        var id = r.String("id");
        var name = r.String("name");
        var nameEn = r.String("nameEn");
        var stock = ReadCount(r, "stock", MaxStock, "rounds");
        var perMan = ReadNonNegative(r, "usePerManHour");
        var perGun = ReadNonNegative(r, "usePerGunHour");
        var flow = ReadNonNegative(r, "flowPerDay");
        var weight = r.Number("firepowerWeight") ?? 0;
        if (weight < 0) diagnostics.Add(r.Place("firepowerWeight")!.Value, "supply.firepowerWeight: must not be negative");
        ReadSourceKeys(r);
        ReadNote(r);
        r.Finish();
        if (id is null || name is null || nameEn is null || stock is null) return null;
        if (!ids.Add(id)) diagnostics.Add(r.Place("id")!.Value, $"supply: duplicate id '{Quote.Text(id)}'");
        return new Supply(id, name, nameEn, stock, perMan, perGun, weight, flow);
    }
}
