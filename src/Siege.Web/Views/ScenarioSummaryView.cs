using Siege.Scenarios.Loading;

namespace Siege.Web.Views;

/// <summary>One scenario in the list of <c>GET /api/scenarios</c>.</summary>
internal sealed record ScenarioSummaryView(string Id, string Name, string NameEn, string Summary, string SummaryEn, string Start, int HorizonHours, string Hash)
{
    public static ScenarioSummaryView Of(LoadedScenario loaded)
    {
        var s = loaded.Scenario;
        return new ScenarioSummaryView(s.Id, s.Name, s.NameEn, loaded.Summary, loaded.SummaryEn, ViewText.Time(s.Start), s.HorizonHours, loaded.ContentHash);
    }
}
