using CustomsWorkbench.Platform.Data.Entities;
using CustomsWorkbench.Platform.Demo.World;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Platform.Demo;

public class DemoWorldConsistencyTests(DemoWorldFixture fixture) : IClassFixture<DemoWorldFixture>
{
    private DemoDatabase Db => fixture.Database;

    [Theory]
    [InlineData("SELECT COUNT(*) FROM Declarations d LEFT JOIN Importers i ON i.Id = d.ImporterId WHERE i.Id IS NULL")]
    [InlineData("SELECT COUNT(*) FROM Declarations d LEFT JOIN Declarants x ON x.Id = d.DeclarantId WHERE x.Id IS NULL")]
    [InlineData("SELECT COUNT(*) FROM Declarations d LEFT JOIN Suppliers s ON s.Id = d.SupplierId WHERE s.Id IS NULL")]
    [InlineData("SELECT COUNT(*) FROM Declarations d LEFT JOIN Offices o ON o.Id = d.OfficeId WHERE o.Id IS NULL")]
    [InlineData("SELECT COUNT(*) FROM Declarations d LEFT JOIN BillsOfLading b ON b.Id = d.BillOfLadingId WHERE b.Id IS NULL")]
    [InlineData("SELECT COUNT(*) FROM Declarations d LEFT JOIN Countries c ON c.Code = d.OriginCountryCode WHERE c.Code IS NULL")]
    [InlineData("SELECT COUNT(*) FROM Declarations d LEFT JOIN TariffCodes t ON t.Code = d.MainTariffCode WHERE t.Code IS NULL")]
    [InlineData("SELECT COUNT(*) FROM DeclarationItems i LEFT JOIN TariffCodes t ON t.Code = i.TariffCode WHERE t.Code IS NULL")]
    [InlineData("SELECT COUNT(*) FROM Declarations d WHERE NOT EXISTS (SELECT 1 FROM DeclarationItems i WHERE i.DeclarationId = d.Id)")]
    [InlineData("SELECT COUNT(*) FROM BillsOfLading b LEFT JOIN Conveyances c ON c.Id = b.ConveyanceId WHERE c.Id IS NULL")]
    [InlineData("SELECT COUNT(*) FROM BillsOfLading b LEFT JOIN Ports p ON p.Id = b.LoadingPortId WHERE p.Id IS NULL")]
    [InlineData("SELECT COUNT(*) FROM BillsOfLading b LEFT JOIN Ports p ON p.Id = b.DischargePortId WHERE p.Id IS NULL OR p.CountryCode <> 'KR'")]
    [InlineData("SELECT COUNT(*) FROM Containers c LEFT JOIN BillsOfLading b ON b.Id = c.BillOfLadingId WHERE b.Id IS NULL")]
    [InlineData("SELECT COUNT(*) FROM Parcels p LEFT JOIN Offices o ON o.Id = p.OfficeId WHERE o.Id IS NULL")]
    [InlineData("SELECT COUNT(*) FROM Seizures s WHERE (s.DeclarationId IS NULL) = (s.ParcelId IS NULL)")]
    [InlineData("SELECT COUNT(*) FROM Seizures s LEFT JOIN Declarations d ON d.Id = s.DeclarationId WHERE s.DeclarationId IS NOT NULL AND d.Id IS NULL")]
    [InlineData("SELECT COUNT(*) FROM Seizures s LEFT JOIN Parcels p ON p.Id = s.ParcelId WHERE s.ParcelId IS NOT NULL AND p.Id IS NULL")]
    [InlineData("SELECT COUNT(*) FROM DemoGroundTruth g WHERE g.EntityType = 'Declaration' AND NOT EXISTS (SELECT 1 FROM Declarations d WHERE d.Id = g.EntityId)")]
    [InlineData("SELECT COUNT(*) FROM DemoGroundTruth g WHERE g.EntityType = 'Importer' AND NOT EXISTS (SELECT 1 FROM Importers i WHERE i.Id = g.EntityId)")]
    [InlineData("SELECT COUNT(*) FROM DemoGroundTruth g WHERE g.EntityType = 'Declarant' AND NOT EXISTS (SELECT 1 FROM Declarants x WHERE x.Id = g.EntityId)")]
    [InlineData("SELECT COUNT(*) FROM DemoGroundTruth g WHERE g.EntityType = 'Parcel' AND NOT EXISTS (SELECT 1 FROM Parcels p WHERE p.Id = g.EntityId)")]
    // Transport mode matches the kind of both ports and of the conveyance (Conveyance.Mode / Port.Kind: 0 sea, 1 air).
    [InlineData("SELECT COUNT(*) FROM Declarations d JOIN BillsOfLading b ON b.Id = d.BillOfLadingId JOIN Ports l ON l.Id = b.LoadingPortId JOIN Ports k ON k.Id = b.DischargePortId JOIN Conveyances c ON c.Id = b.ConveyanceId WHERE l.Kind <> k.Kind OR c.Mode <> k.Kind OR (d.TransportMode = 'Sea') <> (k.Kind = 0)")]
    [InlineData("SELECT COUNT(*) FROM Declarations d JOIN BillsOfLading b ON b.Id = d.BillOfLadingId JOIN Ports l ON l.Id = b.LoadingPortId WHERE l.CountryCode = 'KR'")]
    public void Every_reference_resolves(string countOfBrokenRows)
    {
        Assert.True(Db.Scalar("SELECT COUNT(*) FROM Declarations") > 0);
        Assert.Equal(0, Db.Scalar(countOfBrokenRows));
    }

    [Fact]
    public async Task Container_numbers_carry_valid_ISO_6346_check_digits()
    {
        await using var db = Db.CreateDbContext();
        var numbers = await db.Containers.Select(c => c.Number).ToListAsync();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.True(CheckDigits.IsValidIso6346(n), n));
        Assert.True(CheckDigits.IsValidIso6346("CSQU3054383"), "the ISO 6346 textbook example");
        Assert.False(CheckDigits.IsValidIso6346("CSQU3054384"));
    }

    [Fact]
    public async Task Values_duty_and_VAT_follow_the_tariff_and_the_totals_add_up()
    {
        await using var db = Db.CreateDbContext();
        var tariffs = await db.TariffCodes.AsNoTracking().ToDictionaryAsync(t => t.Code);
        var declarations = await db.Declarations.AsNoTracking().Include(d => d.Items).ToListAsync();
        foreach (var d in declarations)
        {
            foreach (var i in d.Items)
            {
                var tariff = tariffs[i.TariffCode];
                Assert.True(i.CifValue >= i.FobValue && i.FobValue > 0, d.Number);
                Assert.Equal(d.FtaPreferenceClaimed ? tariff.FtaDutyRate : tariff.DutyRate, i.DutyRate);
                Assert.Equal(Math.Round(i.CifValue * i.DutyRate), i.DutyAmount);
                Assert.Equal(Math.Round((i.CifValue + i.DutyAmount) * 0.1), i.VatAmount);
                Assert.Equal(d.OriginCountryCode, i.OriginCountryCode);
            }
            Assert.InRange(d.Items.Count, 1, 5);
            Assert.Equal(d.Items.Single(i => i.LineNumber == 1).TariffCode, d.MainTariffCode);
            Assert.Equal(d.Items.Sum(i => i.FobValue), d.TotalFob, 3);
            Assert.Equal(d.Items.Sum(i => i.CifValue), d.TotalCif, 3);
            Assert.Equal(d.Items.Sum(i => i.DutyAmount + i.VatAmount), d.TotalTaxes, 3);
            Assert.InRange(d.Date, new DateOnly(2026, 5, 1), new DateOnly(2026, 10, 31));
        }
    }

    [Fact]
    public async Task Origin_matches_the_supplier_country_except_for_false_origin_or_trading_houses()
    {
        await using var db = Db.CreateDbContext();
        var falseOrigin = (await db.DemoGroundTruth.Where(g => g.EntityType == "Declaration" && g.Pattern == FraudPattern.FalseOrigin)
            .Select(g => g.EntityId).ToListAsync()).ToHashSet();
        var mismatched = await db.Declarations.Where(d => d.Supplier!.CountryCode != d.OriginCountryCode)
            .Select(d => new { d.Id, d.Supplier!.CountryCode }).ToListAsync();
        string[] tradingHubs = ["HK", "SG", "AE", "NL"];
        Assert.All(mismatched, m => Assert.True(falseOrigin.Contains(m.Id) || tradingHubs.Contains(m.CountryCode), $"declaration {m.Id}"));
        var total = await db.Declarations.CountAsync();
        Assert.True(mismatched.Count < total * 0.2, "most declarations come straight from a maker in the origin country");
    }

    [Fact]
    public async Task Importers_declarants_and_parcels_look_Korean_and_well_formed()
    {
        await using var db = Db.CreateDbContext();
        var importers = await db.Importers.AsNoTracking().ToListAsync();
        Assert.Contains(importers, i => i.Name.StartsWith("(주)", StringComparison.Ordinal));
        Assert.Contains(importers, i => i.Name.EndsWith("Co., Ltd.", StringComparison.Ordinal));
        Assert.All(importers, i => Assert.Matches(@"^\d{3}-\d{2}-\d{5}$", i.BusinessNumber!));
        Assert.Equal(DeclarantGenerator.Count, await db.Declarants.CountAsync());
        var parcels = await db.Parcels.AsNoTracking().ToListAsync();
        Assert.InRange(parcels.Count, DemoWorldFixture.Declarations * 0.38, DemoWorldFixture.Declarations * 0.42);
        Assert.All(parcels, p => Assert.Matches(@"^P\d{12}$", p.PersonalCustomsCode));
        Assert.True(parcels.Count(p => p.DeclaredValueUsd < ParcelGenerator.Threshold(p.OriginCountryCode)) > parcels.Count * 0.85);
        Assert.Equal(parcels.Count, parcels.Select(p => p.TrackingNumber).Distinct().Count());
    }
}
