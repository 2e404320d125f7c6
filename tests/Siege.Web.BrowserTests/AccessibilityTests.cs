namespace Siege.Web.BrowserTests;

[Collection(ViewerCollection.Name)]
public sealed class AccessibilityTests(ViewerServer server, Chromium chromium)
{
    [BrowserTheory]
    [InlineData("en")]
    [InlineData("zh")]
    public async Task Every_control_has_a_name_for_screen_readers(string language)
    {
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, $"?lang={language}");
        var unnamed = await viewer.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('button, input, select, [role="button"], [tabindex]')]
              .filter(el => {
                const label = el.getAttribute('aria-label') || el.closest('label')?.textContent ||
                  (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
                  (el.getAttribute('aria-labelledby') && document.getElementById(el.getAttribute('aria-labelledby'))?.textContent) ||
                  el.textContent;
                return !label || !label.trim();
              })
              .map(el => el.outerHTML.slice(0, 80))
            """);
        Assert.Empty(unnamed);
    }

    [BrowserFact]
    public async Task The_map_positions_can_be_reached_with_the_keyboard_and_say_who_holds_them()
    {
        await using var viewer = await ViewerPage.OpenAsync(chromium, server, "?lang=en&t=0");
        var label = await viewer.Page.GetAttributeAsync("#map .position[data-id='zhangjiashan']", "aria-label");
        Assert.NotNull(label);
        Assert.Contains("Zhangjiashan", label, StringComparison.Ordinal);
        Assert.Contains("defender", label, StringComparison.Ordinal);
        Assert.Equal("0", await viewer.Page.GetAttributeAsync("#map .position[data-id='zhangjiashan']", "tabindex"));
    }
}
