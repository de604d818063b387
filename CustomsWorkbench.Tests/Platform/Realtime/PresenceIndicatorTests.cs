using Bunit;
using CustomsWorkbench.Platform.Realtime;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CustomsWorkbench.Tests.Platform.Realtime;

public class PresenceIndicatorTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = new();
    private PresenceTracker Tracker => _ctx.Services.GetRequiredService<PresenceTracker>();

    public Task InitializeAsync()
    {
        _ctx.Services.AddLogging();
        _ctx.Services.AddLocalization();
        _ctx.Services.AddMudServices();
        _ctx.Services.AddSingleton(TimeProvider.System);
        _ctx.Services.AddSingleton<RealtimeBus>();
        _ctx.Services.AddSingleton<IRealtimeNotifier, RealtimeNotifier>();
        _ctx.Services.AddSingleton<PresenceTracker>();
        _ctx.Services.AddScoped<PresenceCircuit>();
        _ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        _ctx.AddAuthorization().SetAuthorized("officer");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _ctx.DisposeAsync();

    private IRenderedComponent<PresenceIndicator> Render(string entityId)
    {
        _ctx.Render<MudPopoverProvider>();
        return _ctx.Render<PresenceIndicator>(p => p.Add(c => c.EntityType, "Declaration").Add(c => c.EntityId, entityId));
    }

    private static string[] Shown(IRenderedComponent<PresenceIndicator> cut) =>
        cut.FindAll("[data-testid=presence-user]").Select(e => e.GetAttribute("data-user")!).ToArray();

    [Fact]
    public async Task Shows_other_users_on_the_record_but_not_yourself()
    {
        await Tracker.EnterAsync("analyst-tab", "analyst", "Declaration", "7");
        var cut = Render("7");

        cut.WaitForAssertion(() => Assert.Equal(["analyst"], Shown(cut)));
        Assert.Equal(["analyst", "officer"], Tracker.UsersOn("Declaration", "7"));
    }

    [Fact]
    public async Task Updates_live_as_colleagues_come_and_go()
    {
        var cut = Render("8");
        cut.WaitForAssertion(() => Assert.Equal(["officer"], Tracker.UsersOn("Declaration", "8")));
        Assert.Empty(Shown(cut));

        await Tracker.EnterAsync("supervisor-tab", "supervisor", "Declaration", "8");
        cut.WaitForAssertion(() => Assert.Equal(["supervisor"], Shown(cut)));

        await Tracker.EnterAsync("officer2-tab", "officer2", "Declaration", "8");
        cut.WaitForAssertion(() => Assert.Equal(["officer2", "supervisor"], Shown(cut)));

        await Tracker.LeaveAllAsync("supervisor-tab");
        cut.WaitForAssertion(() => Assert.Equal(["officer2"], Shown(cut)));
    }

    [Fact]
    public async Task Leaves_the_record_when_disposed()
    {
        var cut = Render("9");
        cut.WaitForAssertion(() => Assert.Equal(["officer"], Tracker.UsersOn("Declaration", "9")));
        await _ctx.DisposeComponentsAsync();
        Assert.Empty(Tracker.UsersOn("Declaration", "9"));
    }

    [Fact]
    public void Moves_to_the_new_record_when_the_parameters_change()
    {
        var cut = Render("10");
        cut.WaitForAssertion(() => Assert.Equal(["officer"], Tracker.UsersOn("Declaration", "10")));
        cut.Render(p => p.Add(c => c.EntityId, "11"));
        cut.WaitForAssertion(() => Assert.Equal(["officer"], Tracker.UsersOn("Declaration", "11")));
        Assert.Empty(Tracker.UsersOn("Declaration", "10"));
    }
}
