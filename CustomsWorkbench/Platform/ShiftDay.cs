namespace CustomsWorkbench.Platform;

/// <summary>"Today" of the working shift, the server's local calendar day: the queue's default view, the arrivals feed and capacity all use it.</summary>
public static class ShiftDay
{
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}

/// <summary>Which days a desk's queue shows: today's work (the shift's default), the backlog of earlier days, or every day.</summary>
public enum QueuePeriod { All, Today, Backlog }
