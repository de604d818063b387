using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CustomsWorkbench.Platform.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the app.</summary>
public class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<WorkbenchDbContext>
{
    public WorkbenchDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WorkbenchDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
