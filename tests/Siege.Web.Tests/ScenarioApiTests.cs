using System.Net;
using System.Text.Json;

namespace Siege.Web.Tests;

public sealed class ScenarioApiTests(InMemoryServer server) : IClassFixture<InMemoryServer>
{
    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task The_list_offers_the_embedded_Hengyang_scenario_with_its_names_and_summary()
    {
        var list = await GetJsonAsync("/api/scenarios");
        var hengyang = Assert.Single(list.EnumerateArray());
        Assert.Equal("hengyang-1944", hengyang.GetProperty("id").GetString());
        Assert.Equal("衡阳保卫战", hengyang.GetProperty("name").GetString());
        Assert.Equal("Defense of Hengyang", hengyang.GetProperty("nameEn").GetString());
        Assert.Equal("1944-06-22T00:00", hengyang.GetProperty("start").GetString());
        Assert.Contains("Hengyang", hengyang.GetProperty("summaryEn").GetString());
        Assert.Equal(64, hengyang.GetProperty("hash").GetString()!.Length);
    }

    // The counts are those siege lint reports for the scenario: 69 positions, 133 approaches, 22 events.
    [Fact]
    public async Task A_scenario_carries_what_a_viewer_draws_without_a_run()
    {
        var s = await GetJsonAsync("/api/scenarios/hengyang-1944");
        Assert.Equal("Defense of Hengyang", s.GetProperty("nameEn").GetString());
        Assert.Equal(69, s.GetProperty("map").GetProperty("positions").GetArrayLength());
        Assert.Equal(133, s.GetProperty("map").GetProperty("approaches").GetArrayLength());
        Assert.True(s.GetProperty("map").GetProperty("rivers").GetArrayLength() > 0);
        Assert.Equal(18, s.GetProperty("events").GetArrayLength());
        Assert.Equal(2160, s.GetProperty("horizonHours").GetInt32());

        var defender = s.GetProperty("forces").GetProperty("defender");
        Assert.Equal("国民革命军第十军", defender.GetProperty("name").GetString());
        // The 10th Army's 17,600 [zh-wp] and the 220 men of the 74th Army's artillery companies attached to it [zh-wp].
        Assert.Equal(17_820, defender.GetProperty("strength").GetInt32());
        Assert.True(defender.GetProperty("units").GetArrayLength() > 0);
        Assert.False(defender.TryGetProperty("role", out _));
        var attacker = s.GetProperty("forces").GetProperty("attacker");
        Assert.Equal("assault", attacker.GetProperty("role").GetString());
        // In the order of battle, never at the battle: no time of arrival, no men.
        var absent = attacker.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("id").GetString() == "jp-i5th-bde");
        Assert.True(absent.GetProperty("neverArrives").GetBoolean());
        Assert.False(absent.TryGetProperty("arrives", out _));
        Assert.Equal(0, absent.GetProperty("strength").GetInt32());
        // A guessed hour comes with its range: the 51st Brigade, 30 Jul to 3 Aug 23:00, before the offensive of 4 Aug.
        var brigade = attacker.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("id").GetString() == "jp-58th-div")
            .GetProperty("units").EnumerateArray().Single(u => u.GetProperty("id").GetString() == "jp-58-51st-bde");
        Assert.Equal("1944-07-30T00:00", brigade.GetProperty("arrivesEarliest").GetString());
        Assert.Equal("1944-08-03T23:00", brigade.GetProperty("arrivesLatest").GetString());
    }

    [Fact]
    public async Task The_record_items_carry_their_sources_and_every_source_key_is_listed()
    {
        var s = await GetJsonAsync("/api/scenarios/hengyang-1944");
        var record = s.GetProperty("record").EnumerateArray().ToList();
        Assert.NotEmpty(record);
        var end = record.Single(r => r.GetProperty("kind").GetString() == "siegeEnd");
        Assert.Equal("1944-08-08", end.GetProperty("date").GetString());
        var keys = s.GetProperty("sources").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToHashSet();
        foreach (var item in record)
        {
            Assert.NotEqual(0, item.GetProperty("sources").GetArrayLength());
            Assert.All(item.GetProperty("sources").EnumerateArray(), k => Assert.Contains(k.GetString(), keys));
        }
    }

    // map.yaml gives the County Government (xianzhengfu) `source: [zh-wp, li-2005]` and `positionSource: GUESS`.
    [Fact]
    public async Task Every_position_comes_with_its_source_keys_in_the_maps_order_and_every_key_is_listed()
    {
        var s = await GetJsonAsync("/api/scenarios/hengyang-1944");
        var positions = s.GetProperty("map").GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        var sourced = s.GetProperty("positionSources").EnumerateArray().ToList();
        Assert.Equal(positions, sourced.Select(p => p.GetProperty("position").GetString()));

        var county = sourced.Single(p => p.GetProperty("position").GetString() == "xianzhengfu");
        Assert.Equal(["zh-wp", "li-2005"], county.GetProperty("sources").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(["GUESS"], county.GetProperty("place").EnumerateArray().Select(k => k.GetString()));

        var keys = s.GetProperty("sources").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToHashSet();
        foreach (var position in sourced)
        {
            Assert.NotEqual(0, position.GetProperty("sources").GetArrayLength());
            Assert.All(position.GetProperty("sources").EnumerateArray().Concat(position.GetProperty("place").EnumerateArray()),
                k => Assert.Contains(k.GetString(), keys));
        }
    }

    [Fact]
    public async Task An_event_has_the_fields_of_its_kind_only()
    {
        var events = (await GetJsonAsync("/api/scenarios/hengyang-1944")).GetProperty("events").EnumerateArray().ToList();
        var relief = events.First(e => e.GetProperty("kind").GetString() == "reliefApproach");
        Assert.True(relief.GetProperty("strength").GetInt64() > 0);
        Assert.False(string.IsNullOrEmpty(relief.GetProperty("forceEn").GetString()));
        Assert.False(relief.TryGetProperty("intensity", out _));
        var raid = events.First(e => e.GetProperty("kind").GetString() == "airRaid");
        Assert.True(raid.TryGetProperty("targetTiers", out _));
        Assert.False(raid.TryGetProperty("force", out _));
    }

    [Fact]
    public async Task A_supply_arrival_says_how_it_came()
    {
        // events.yaml has no dated supply: zh-wp names no drop to the garrison (the drops are the variant
        // ammunition-air-drops) and the attacker's shells come as a daily flow (supplies.yaml).
        var events = (await GetJsonAsync("/api/scenarios/hengyang-1944")).GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "supplyArrival").ToList();
        Assert.Empty(events);
        var raid = (await GetJsonAsync("/api/scenarios/hengyang-1944")).GetProperty("events").EnumerateArray().First(e => e.GetProperty("kind").GetString() == "airRaid");
        Assert.False(raid.TryGetProperty("delivery", out _));
    }

    [Fact]
    public async Task The_variants_are_listed_with_names_descriptions_rationale_and_sources()
    {
        var variants = (await GetJsonAsync("/api/scenarios/hengyang-1944/variants")).EnumerateArray().ToList();
        Assert.Equal(10, variants.Count);
        var relief = variants.Single(v => v.GetProperty("id").GetString() == "relief-early");
        Assert.Equal("援军提前七天", relief.GetProperty("name").GetString());
        Assert.Equal("Relief arrives seven days earlier", relief.GetProperty("nameEn").GetString());
        foreach (var field in new[] { "description", "descriptionEn", "rationale", "rationaleZh" })
            Assert.False(string.IsNullOrEmpty(relief.GetProperty(field).GetString()), field);
        Assert.Equal(["zh-wp", "GUESS"], relief.GetProperty("sources").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task Every_variants_rationale_comes_in_Chinese_too()
    {
        var variants = (await GetJsonAsync("/api/scenarios/hengyang-1944/variants")).EnumerateArray().ToList();
        Assert.All(variants, v => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", v.GetProperty("rationaleZh").GetString()));
        var relief = variants.Single(v => v.GetProperty("id").GetString() == "relief-early");
        // The Chinese names the places as the map does (望城坳, 火车西站).
        Assert.Contains("望城坳", relief.GetProperty("rationaleZh").GetString());
        Assert.Contains("火车西站", relief.GetProperty("rationaleZh").GetString());
    }

    [Fact]
    public async Task The_scenarios_English_notes_and_roles_come_with_their_Chinese()
    {
        var s = await GetJsonAsync("/api/scenarios/hengyang-1944");
        var hq = s.GetProperty("map").GetProperty("positions").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "zhongyang-yinhang");
        Assert.Equal("第十军军部（地下金库）", hq.GetProperty("roleZh").GetString());
        var zhWp = s.GetProperty("sources").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "zh-wp");
        Assert.StartsWith("本项目的主要来源", zhWp.GetProperty("noteZh").GetString());
        var killed = s.GetProperty("record").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "cas-defender-killed");
        var figure = killed.GetProperty("figures").EnumerateArray().First(f => f.TryGetProperty("note", out _));
        Assert.False(string.IsNullOrEmpty(figure.GetProperty("noteZh").GetString()));
        var end = s.GetProperty("record").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "siege-end");
        Assert.Contains("中央银行", end.GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_casualty_item_comes_with_its_scope()
    {
        var record = (await GetJsonAsync("/api/scenarios/hengyang-1944")).GetProperty("record").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!);
        // record.yaml: 5,600 killed of the whole 10th Army over the siege; Ito's 19,380 of a scope left open.
        var killed = record["cas-defender-killed"].GetProperty("scope");
        Assert.Equal(["cn-10th-army"], killed.GetProperty("formations").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(["killed"], killed.GetProperty("categories").EnumerateArray().Select(x => x.GetString()));
        Assert.False(killed.TryGetProperty("from", out _)); // the whole siege
        var ito = record["cas-attacker-ito"].GetProperty("scope");
        Assert.Equal(["formations", "dates", "categories"], ito.GetProperty("unknown").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public async Task A_Wikipedia_source_says_which_text_was_read_and_a_book_leaves_the_fields_out()
    {
        var sources = (await GetJsonAsync("/api/scenarios/hengyang-1944")).GetProperty("sources").EnumerateArray()
            .ToDictionary(x => x.GetProperty("id").GetString()!);
        // sources.yaml: zh-wp was read as the project's copy on the day of the first commit; no oldid was recorded.
        var zhWp = sources["zh-wp"];
        Assert.Equal("2026-11-26", zhWp.GetProperty("accessed").GetString());
        Assert.Matches("^[0-9a-f]{64}$", zhWp.GetProperty("sha256").GetString());
        Assert.False(zhWp.TryGetProperty("revision", out _));
        Assert.Equal("2026-11-26", sources["en-wp"].GetProperty("accessed").GetString());
        Assert.False(sources["ge"].TryGetProperty("accessed", out _));
        Assert.False(sources.ContainsKey("sec"));
    }

    [Theory]
    [InlineData("/api/scenarios/no-such-siege")]
    [InlineData("/api/scenarios/no-such-siege/variants")]
    [InlineData("/api/scenarios/no-such-siege/runs/1")]
    [InlineData("/api/scenarios/HENGYANG-1944")]
    public async Task An_unknown_scenario_is_a_404_problem_that_names_the_served_ones(string path)
    {
        using var response = await server.Client.GetAsync(path);
        var detail = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("hengyang-1944", detail);
    }

    [Fact]
    public async Task An_address_the_API_does_not_have_is_a_404_problem()
    {
        using var response = await server.Client.GetAsync("/api/battles");
        Assert.Contains("/api/battles", await Problem.AssertAsync(response, HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task A_method_an_address_does_not_take_is_a_405_problem()
    {
        using var post = await server.Client.PostAsync("/api/scenarios/hengyang-1944", new StringContent("{}"));
        await Problem.AssertAsync(post, HttpStatusCode.MethodNotAllowed);
        using var get = await server.Client.GetAsync("/api/scenarios/hengyang-1944/whatif");
        await Problem.AssertAsync(get, HttpStatusCode.MethodNotAllowed);
    }
}
