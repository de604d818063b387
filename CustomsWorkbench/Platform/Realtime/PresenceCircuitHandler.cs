using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CustomsWorkbench.Platform.Realtime;

/// <summary>Tells the circuit's presence when its browser connection goes down, comes back, or the circuit ends.</summary>
public sealed class PresenceCircuitHandler(PresenceCircuit presence) : CircuitHandler
{
    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken) => presence.ConnectionDownAsync();

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) => presence.ConnectionUpAsync();

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken) => presence.ClosedAsync();
}
