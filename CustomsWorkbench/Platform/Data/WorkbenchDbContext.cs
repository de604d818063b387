using CustomsWorkbench.Platform.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Platform.Data;

public class WorkbenchDbContext : IdentityDbContext<WorkbenchUser>
{
    public WorkbenchDbContext(DbContextOptions<WorkbenchDbContext> options) : base(options) { }

    /// <summary>For a provider's subclass (PostgreSQL), which owns a migration set of its own.</summary>
    protected WorkbenchDbContext(DbContextOptions options) : base(options) { }

    public DbSet<Country> Countries => Set<Country>();
    public DbSet<TariffCode> TariffCodes => Set<TariffCode>();
    public DbSet<CustomsOffice> Offices => Set<CustomsOffice>();
    public DbSet<Port> Ports => Set<Port>();
    public DbSet<Importer> Importers => Set<Importer>();
    public DbSet<Supplier> Suppliers => Set<Supplier>();
    public DbSet<Declarant> Declarants => Set<Declarant>();
    public DbSet<Conveyance> Conveyances => Set<Conveyance>();
    public DbSet<BillOfLading> BillsOfLading => Set<BillOfLading>();
    public DbSet<Container> Containers => Set<Container>();
    public DbSet<Declaration> Declarations => Set<Declaration>();
    public DbSet<DeclarationItem> DeclarationItems => Set<DeclarationItem>();
    public DbSet<ExpressParcel> Parcels => Set<ExpressParcel>();
    public DbSet<ParcelFlagRecord> ParcelFlags => Set<ParcelFlagRecord>();
    public DbSet<RegisteredCode> RegisteredCodes => Set<RegisteredCode>();
    public DbSet<ParcelDecision> ParcelDecisions => Set<ParcelDecision>();
    public DbSet<RegisteredAddress> RegisteredAddresses => Set<RegisteredAddress>();
    public DbSet<MisuseReport> MisuseReports => Set<MisuseReport>();
    public DbSet<SeizureRecord> Seizures => Set<SeizureRecord>();
    public DbSet<SeizurePhoto> SeizurePhotos => Set<SeizurePhoto>();
    public DbSet<DemoGroundTruth> DemoGroundTruth => Set<DemoGroundTruth>();
    public DbSet<ImportBatch> ImportBatches => Set<ImportBatch>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WorkbenchDbContext).Assembly);
    }
}
