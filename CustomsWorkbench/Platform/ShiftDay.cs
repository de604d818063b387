namespace CustomsWorkbench.Platform;

/// <summary>"Today" of the working shift, the server's local calendar day: the queue's default view, the arrivals feed and capacity all use it.</summary>
public static class ShiftDay
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
