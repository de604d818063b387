using System.Text;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

public class ManifestImportTests(PersonalImportsTestFactory factory) : IClassFixture<PersonalImportsTestFactory>
{
    private async Task<(int Parcels, int Flags, int Batches)> CountsAsync()
    {
        await using var db = factory.CreateDbContext();
        return (await db.Parcels.CountAsync(), await db.ParcelFlags.CountAsync(), await db.ImportBatches.CountAsync());
    }

    private static string Write(string text, Encoding? encoding = null) => BacudaFile.WriteTemp(text, ".csv", encoding);

    [Fact]
    public async Task A_manifest_is_recognised_by_its_header_stored_with_every_field_and_flagged_after_the_commit()
    {
        var text = ManifestFile.Header + ",hs.code,currency,declared.value,weight.kg,carrier\n" +
                   ManifestFile.Row("MGOOD", 1) + ",6109100000,EUR,45.5,0.4,DHL\n" +
                   ManifestFile.Row("MGOOD", 2, value: "230") + ",,,,,\n" +
                   ManifestFile.Row("MGOOD", 3, pccc: "p100000000002") + ",,,,,\n";

        var report = await factory.ImportAsync(Write(text));

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal((ImportFormat.ParcelManifestCsv, 3, 3), (report.Format, report.RowCount, report.Inserted));
        await using var db = factory.CreateDbContext();
        var parcels = await db.Parcels.Include(p => p.Office).Where(p => p.TrackingNumber.StartsWith("MGOOD")).OrderBy(p => p.TrackingNumber).ToListAsync();
        var first = parcels[0];
        Assert.Equal(("P100000000001", "홍길동1", "010-1234-0001", "서울특별시 강남구 테헤란로 1", "06234", "Amazon.com", "CN"),
            (first.PersonalCustomsCode, first.RecipientName, first.RecipientPhone, first.RecipientAddress, first.PostalCode, first.SenderName, first.OriginCountryCode));
        Assert.Equal((new DateOnly(2025, 1, 2), 50.0, "6109100000", "EUR", 45.5, 0.4, "DHL", "031"),
            (first.ArrivedOn, first.DeclaredValueUsd, first.HsCode, first.Currency, first.ValueInCurrency, first.WeightKg, first.Carrier, first.Office!.Code));
        Assert.Equal(report.BatchId, first.ImportBatchId);
        Assert.Equal("P100000000002", parcels[2].PersonalCustomsCode); // a lower-case p is stored upper-case

        // The flagger saw the three parcels; USD 230 from the US is over the limit of 200.
        Assert.Contains(factory.Flagger.Calls, c => c.Arriving.Select(p => p.TrackingNumber).Order().SequenceEqual(parcels.Select(p => p.TrackingNumber)));
        var flag = Assert.Single(await db.ParcelFlags.Where(f => f.Parcel!.TrackingNumber.StartsWith("MGOOD")).ToListAsync());
        Assert.Equal((parcels[1].Id, ParcelFlagCodes.OverDeMinimis, "USD 230 over the limit", "USD 230 한도 초과"), (flag.ParcelId, flag.Code, flag.EvidenceEn, flag.EvidenceKo));
    }

    [Fact]
    public async Task The_same_file_twice_adds_nothing_and_a_stored_tracking_number_is_reported_not_duplicated()
    {
        var path = Write(ManifestFile.Text("MTWICE", 4));
        Assert.Equal(4, (await factory.ImportAsync(path)).Inserted);
        var before = await CountsAsync();

        var again = await factory.ImportAsync(path);
        Assert.True(again.AlreadyImported);
        Assert.Equal(before, await CountsAsync());

        // Another file repeating two stored parcels beside a new one: the stored two are unchanged, not added again.
        var overlap = await factory.ImportAsync(Write(ManifestFile.Header + "\n" + ManifestFile.Row("MTWICE", 1) + "\n" + ManifestFile.Row("MTWICE", 2) + "\n" + ManifestFile.Row("MTWICE", 5) + "\n"));
        Assert.Equal((1, 2, false), (overlap.Inserted, overlap.Unchanged, overlap.AlreadyImported));
        await using var db = factory.CreateDbContext();
        Assert.Equal(5, await db.Parcels.CountAsync(p => p.TrackingNumber.StartsWith("MTWICE")));
    }

    [Fact]
    public async Task A_stored_tracking_number_with_other_content_is_refused_and_nothing_is_written()
    {
        Assert.True((await factory.ImportAsync(Write(ManifestFile.Text("MDIFF", 1)))).Succeeded);
        var before = await CountsAsync();

        var report = await factory.ImportAsync(Write(ManifestFile.Header + "\n" + ManifestFile.Row("MDIFF", 2) + "\n" + ManifestFile.Row("MDIFF", 1, value: "999") + "\n"));

        var problem = Assert.Single(report.Errors);
        Assert.Equal((3, "tracking.no", "StoredParcelDiffers"), (problem.Row, problem.Column, problem.Code));
        Assert.Contains("declared.value.usd", problem.Problem);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task One_bad_row_among_good_ones_leaves_the_database_unchanged()
    {
        var before = await CountsAsync();
        var calls = factory.Flagger.Calls.Count;
        var rows = Enumerable.Range(1, 2500).Select(i => ManifestFile.Row("MALL", i, pccc: i == 2400 ? "P12345" : null));

        var report = await factory.ImportAsync(Write(ManifestFile.Header + "\n" + string.Join("\n", rows) + "\n"));

        Assert.Equal("row 2401, column pccc: 'P12345' is not a personal customs code (P followed by 12 digits, e.g. P123456789012)", Assert.Single(report.Errors).ToString());
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(calls, factory.Flagger.Calls.Count);
    }

    [Theory]
    [InlineData("2025-13-01", "arrival.date", "NotDate")]
    [InlineData("yesterday", "arrival.date", "NotDate")]
    public async Task A_bad_date_names_row_and_column(string date, string column, string code)
    {
        var report = await factory.ImportAsync(Write(ManifestFile.Header + "\n" + ManifestFile.Row("MDATE", 1) + "\n" + ManifestFile.Row("MDATE", 2, date: date) + "\n"));
        var problem = Assert.Single(report.Errors);
        Assert.Equal((3, column, code), (problem.Row, problem.Column, problem.Code));
    }

    [Fact]
    public async Task Numbers_lengths_and_repeats_are_each_reported()
    {
        var longName = new string('가', 201);
        var text = ManifestFile.Header + "\n" +
                   ManifestFile.Row("MBAD", 1, value: "-5") + "\n" +
                   ManifestFile.Row("MBAD", 2, value: "abc") + "\n" +
                   ManifestFile.Row("MBAD", 3).Replace("홍길동3", longName) + "\n" +
                   ManifestFile.Row("MBAD", 4, origin: "KOR") + "\n" +
                   ManifestFile.Row("MBAD", 5) + "\n" +
                   ManifestFile.Row("MBAD", 5) + "\n";

        var report = await factory.ImportAsync(Write(text));

        Assert.Equal([(2, "declared.value.usd", "Negative"), (3, "declared.value.usd", "NotNumber"), (4, "recipient.name", "TooLong"),
            (5, "origin.country", "NotCountry")], report.Errors.Take(4).Select(e => (e.Row, e.Column, e.Code)));
        Assert.Equal((7, "tracking.no", "RepeatedNumber"), (report.Errors[4].Row, report.Errors[4].Column, report.Errors[4].Code));
    }

    [Fact]
    public async Task A_wrong_header_is_one_problem_naming_the_manifest_columns()
    {
        var report = await factory.ImportAsync(Write(ManifestFile.Header.Replace(",pccc,", ",customs.code,") + "\n" + ManifestFile.Row("MHEAD", 1) + "\n"));

        var problem = Assert.Single(report.Errors);
        Assert.Equal((ImportFormat.ParcelManifestCsv, "BadHeader"), (report.Format, problem.Code));
        Assert.Contains("missing columns: pccc", problem.Problem);
        Assert.Contains("unknown columns: 'customs.code'", problem.Problem);
    }

    [Fact]
    public async Task A_cp949_manifest_reads_korean_correctly()
    {
        var report = await factory.ImportAsync(Write(ManifestFile.Text("MKOR", 2), TextEncodingDetector.Cp949));

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(("CP949", 2), (report.Encoding, report.Inserted));
        await using var db = factory.CreateDbContext();
        Assert.Equal("서울특별시 강남구 테헤란로 1", (await db.Parcels.SingleAsync(p => p.TrackingNumber == "MKOR000001")).RecipientAddress);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var report = await factory.ImportAsync(Write(""));
        Assert.Equal("EmptyFile", Assert.Single(report.Errors).Code);
    }

    [Fact]
    public async Task The_flag_rules_see_stored_parcels_as_history_and_the_register()
    {
        await factory.ImportAsync(Write(ManifestFile.RegisterHeader + "\n" + ManifestFile.RegisterRow("P100000000003", "홍길동", "010-1111-2222", "서울특별시 중구 세종대로 1") + "\n"));
        Assert.True((await factory.ImportAsync(Write(ManifestFile.Header + "\n" + ManifestFile.Row("MHIST", 2, pccc: "P100000000003") + "\n"))).Succeeded);

        Assert.True((await factory.ImportAsync(Write(ManifestFile.Header + "\n" + ManifestFile.Row("MHIST", 3, value: "500") + "\n"))).Succeeded);

        var call = factory.Flagger.Calls.Last();
        Assert.Equal(["MHIST000003"], call.Arriving.Select(p => p.TrackingNumber));
        Assert.Contains(call.History, p => p.TrackingNumber == "MHIST000002");
        Assert.Equal(["서울특별시 중구 세종대로 1"], call.Register["P100000000003"].Addresses);
        await using var db = factory.CreateDbContext();
        var flag = await db.ParcelFlags.SingleAsync(f => f.Parcel!.TrackingNumber == "MHIST000003");
        Assert.Contains("MHIST000002", flag.RelatedTrackingNumbers.Split(';'));
    }
}
