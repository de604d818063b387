using Bunit;
using CustomsWorkbench.Features.XRay.Model;
using CustomsWorkbench.Features.XRay.Pages;
using CustomsWorkbench.Features.XRay.Review;
using CustomsWorkbench.Tests.Components;

namespace CustomsWorkbench.Tests.Features.XRay;

public class ReviewPaneComponentTests : ComponentTestContext
{
    private static ScanDetails Scan(params FindingView[] findings) => new(1, "41697-26-0001984", ConsignmentKind.Declaration, 5, true, 16, ScanView.Side,
        "test", DateTime.UtcNow, 1024, 512, ScanStatus.Analysed, "textiles", "m-1", 0.2, "declared textiles", null, null, null, findings,
        findings.Where(f => f.Verdict is not null).Select((f, i) => new AnnotationView(i + 1, f.Verdict == "confirmed" ? AnnotationKind.Confirm : AnnotationKind.Dismiss, f.Id, f.Class, 0, 0, 1, 1, "officer", DateTime.UtcNow))
            .Append(new AnnotationView(99, AnnotationKind.Drawn, null, ThreatClasses.Weapon, 1, 1, 10, 10, "officer", DateTime.UtcNow)).ToList(), []);

    /// <summary>The switch's checkbox, wherever MudBlazor puts the test id (on the input or its wrapper).</summary>
    private static AngleSharp.Dom.IElement Input(IRenderedComponent<ViewerToolbar> cut, string testId)
    {
        var element = cut.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input") ?? throw new InvalidOperationException(element.OuterHtml);
    }

    [Fact]
    public void Toolbar_switches_report_the_new_view_settings()
    {
        ViewerSettings? changed = null;
        var cut = Render<ViewerToolbar>(p => p.Add(x => x.Settings, new ViewerSettings()).Add(x => x.SettingsChanged, (ViewerSettings s) => changed = s));
        Input(cut, "xray-colour").Change(true);
        Assert.True(changed!.Colour);
        Input(cut, "xray-invert").Change(true);
        Assert.True(changed!.Invert);
        Input(cut, "xray-energy").Change(true);
        Assert.Equal("low", changed!.Energy);
    }

    [Fact]
    public void The_energy_switch_is_disabled_for_a_single_energy_scan()
    {
        var cut = Render<ViewerToolbar>(p => p.Add(x => x.Settings, new ViewerSettings()).Add(x => x.DualEnergy, false));
        Assert.True(Input(cut, "xray-energy").HasAttribute("disabled"));
        Assert.False(Input(cut, "xray-colour").HasAttribute("disabled"));
    }

    [Fact]
    public void Findings_panel_confirms_and_dismisses_by_id_and_counts_verdicts()
    {
        var confirmed = new List<int>();
        var dismissed = new List<int>();
        var cut = Render<FindingsPanel>(p => p
            .Add(x => x.Scan, Scan(new FindingView(7, ThreatClasses.Weapon, 0.9, 1, 1, 5, 5, "m-1", null), new FindingView(8, ThreatClasses.Cigarettes, 0.8, 1, 1, 5, 5, "m-1", "dismissed")))
            .Add(x => x.Threshold, 0.5)
            .Add(x => x.OnConfirm, (int id) => confirmed.Add(id))
            .Add(x => x.OnDismiss, (FindingDismissal d) => dismissed.Add(d.FindingId)));
        cut.Find("[data-testid=finding-7-confirm]").Click();
        cut.Find("[data-testid=finding-8-dismiss]").Click();
        Assert.Equal([7], confirmed);
        Assert.Equal([8], dismissed);
        Assert.Equal("1", cut.Find("[data-testid=xray-count-dismissed]").GetAttribute("data-count"));
        Assert.Equal("1", cut.Find("[data-testid=xray-count-drawn]").GetAttribute("data-count"));
        Assert.Equal("dismissed", cut.Find("[data-testid=finding-8]").GetAttribute("data-verdict"));
        Assert.Contains("Weapon / knife", cut.Find("[data-testid=finding-7]").TextContent);
    }

    [Fact]
    public void The_confidence_threshold_hides_weak_findings_but_keeps_confirmed_ones()
    {
        var cut = Render<FindingsPanel>(p => p
            .Add(x => x.Scan, Scan(new FindingView(1, ThreatClasses.Weapon, 0.3, 1, 1, 5, 5, "m", null), new FindingView(2, ThreatClasses.Electronics, 0.2, 1, 1, 5, 5, "m", "confirmed"),
                new FindingView(3, ThreatClasses.Compartment, 0.9, 1, 1, 5, 5, "m", null)))
            .Add(x => x.Threshold, 0.5));
        Assert.Empty(cut.FindAll("[data-testid=finding-1]"));
        Assert.Single(cut.FindAll("[data-testid=finding-2]"));
        Assert.Single(cut.FindAll("[data-testid=finding-3]"));
        Assert.Contains("1 highlight(s)", cut.Markup);
    }

    [Fact]
    public void Open_alarms_stay_listed_above_the_threshold_are_counted_and_marked()
    {
        var cut = Render<FindingsPanel>(p => p
            .Add(x => x.Scan, Scan(new FindingView(1, ThreatClasses.Weapon, 0.6, 1, 1, 5, 5, "m", null), new FindingView(2, ThreatClasses.Electronics, 0.7, 1, 1, 5, 5, "m", "dismissed", "officer2", "as declared"),
                new FindingView(3, ThreatClasses.Compartment, 0.3, 1, 1, 5, 5, "m", null)))
            .Add(x => x.Threshold, 0.9));
        Assert.Equal("true", cut.Find("[data-testid=finding-1]").GetAttribute("data-alarm"));
        Assert.Single(cut.FindAll("[data-testid=finding-1-alarm]"));
        Assert.Empty(cut.FindAll("[data-testid=finding-3]")); // below the alarm level and the threshold
        Assert.Equal("1", cut.Find("[data-testid=xray-count-open]").GetAttribute("data-count"));
    }

    [Fact]
    public void A_dismissal_carries_the_typed_reason_and_a_completed_review_is_read_only()
    {
        FindingDismissal? dismissal = null;
        var scan = Scan(new FindingView(4, ThreatClasses.Cigarettes, 0.8, 1, 1, 5, 5, "m", null));
        var cut = Render<FindingsPanel>(p => p.Add(x => x.Scan, scan).Add(x => x.Threshold, 0.5).Add(x => x.OnDismiss, (FindingDismissal d) => dismissal = d));
        var reason = cut.Find("[data-testid=xray-dismiss-reason]");
        (reason.TagName == "INPUT" ? reason : reason.QuerySelector("input")!).Change("cartons of tea, as declared");
        cut.Find("[data-testid=finding-4-dismiss]").Click();
        Assert.Equal(new FindingDismissal(4, "cartons of tea, as declared"), dismissal);

        var closed = Render<FindingsPanel>(p => p.Add(x => x.Scan, scan).Add(x => x.Threshold, 0.5).Add(x => x.ReadOnly, true));
        Assert.Empty(closed.FindAll("[data-testid=finding-4-confirm]"));
        Assert.Empty(closed.FindAll("[data-testid=xray-dismiss-reason]"));
    }

    [Fact]
    public void Verdicts_name_who_gave_them_and_the_dismissal_reason()
    {
        var cut = Render<FindingsPanel>(p => p
            .Add(x => x.Scan, Scan(new FindingView(5, ThreatClasses.Electronics, 0.7, 1, 1, 5, 5, "m", "dismissed", "officer2", "as declared")))
            .Add(x => x.Threshold, 0.5));
        Assert.Contains("officer2", cut.Find("[data-testid=finding-5-by]").TextContent);
        Assert.Contains("as declared", cut.Find("[data-testid=finding-5-by]").TextContent);
    }
}
