namespace CustomsWorkbench.Platform.Data;

/// <summary>Which database the workbench runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: workbench.db in the data folder.</summary>
    Sqlite,
    /// <summary>A PostgreSQL server (several app servers share one); needs a connection string.</summary>
    PostgreSQL,
}

/// <summary>The "Workbench:Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Workbench:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Npgsql connection string when <see cref="Provider"/> is PostgreSQL; ignored for SQLite (the data folder decides).</summary>
    public string ConnectionString { get; set; } = "";
}
