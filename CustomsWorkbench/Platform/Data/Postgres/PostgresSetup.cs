using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Data.Postgres;

/// <summary>Provider settings shared by the app, the design-time factory and the tests.</summary>
public static class PostgresSetup
{
    /// <summary>
    /// The model's DateTimes carry no zone (SQLite stores them as text; some are UTC, dates and arrival times are local
    /// office time). Npgsql's legacy mapping stores them as `timestamp without time zone` whatever their Kind, exactly
    /// as written, instead of rejecting non-UTC values for `timestamptz`. Process-wide, and read once by Npgsql: it must be
    /// set before this process's first Npgsql call of any kind (a test that opens an admin connection first must call it too).
    /// </summary>
    public static void UseUnzonedTimestamps() => AppContext.SetSwitch("Npgsql.EnableLegacyTimestampBehavior", true);

    public static DbContextOptionsBuilder<PostgresWorkbenchDbContext> Options(string connectionString)
    {
        UseUnzonedTimestamps();
        return new DbContextOptionsBuilder<PostgresWorkbenchDbContext>().UseNpgsql(connectionString);
    }
}
