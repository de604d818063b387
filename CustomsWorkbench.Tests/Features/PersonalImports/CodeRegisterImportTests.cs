using CustomsWorkbench.Platform.Import;
using CustomsWorkbench.Tests.Platform.Import;
using Microsoft.EntityFrameworkCore;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

public class CodeRegisterImportTests(PersonalImportsTestFactory factory) : IClassFixture<PersonalImportsTestFactory>
{
    private static string Write(params string[] rows) => BacudaFile.WriteTemp(ManifestFile.RegisterHeader + "\n" + string.Join("\n", rows) + "\n");

    [Fact]
    public async Task A_register_is_recognised_by_its_header_and_stores_one_row_per_address()
    {
        var path = Write(
            ManifestFile.RegisterRow("P200000000001", "김민수", "010-2000-0001", "서울특별시 종로구 종로 1"),
            ManifestFile.RegisterRow("P200000000001", "김민수", "010-2000-0001", "부산광역시 해운대구 해운대로 2"),
            ManifestFile.RegisterRow("P200000000002", "이영희", "", "대구광역시 중구 동성로 3"));

        var report = await factory.ImportAsync(path);

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal((ImportFormat.CodeRegisterCsv, 3, 3), (report.Format, report.RowCount, report.Inserted));
        await using var db = factory.CreateDbContext();
        var code = await db.RegisteredCodes.Include(c => c.Addresses).SingleAsync(c => c.PersonalCustomsCode == "P200000000001");
        Assert.Equal(("김민수", "010-2000-0001"), (code.HolderName, code.Phone));
        Assert.Equal(["부산광역시 해운대구 해운대로 2", "서울특별시 종로구 종로 1"], code.Addresses.Select(a => a.Address).Order());
        Assert.Null((await db.RegisteredCodes.SingleAsync(c => c.PersonalCustomsCode == "P200000000002")).Phone);

        Assert.True((await factory.ImportAsync(path)).AlreadyImported);
        Assert.Equal(3, await db.RegisteredAddresses.CountAsync(a => a.Code!.PersonalCustomsCode.StartsWith("P20000000000")));
    }

    [Fact]
    public async Task A_new_phone_updates_the_holder_and_known_addresses_are_unchanged()
    {
        Assert.True((await factory.ImportAsync(Write(ManifestFile.RegisterRow("P210000000001", "박지훈", "010-2100-0001", "인천광역시 남동구 1")))).Succeeded);

        var report = await factory.ImportAsync(Write(
            ManifestFile.RegisterRow("P210000000001", "박지훈", "010-9999-0001", "인천광역시 남동구 1"),
            ManifestFile.RegisterRow("P210000000001", "박지훈", "010-9999-0001", "인천광역시 연수구 2")));

        Assert.Equal((1, 1, 1), (report.Inserted, report.Updated, report.Unchanged));
        await using var db = factory.CreateDbContext();
        var code = await db.RegisteredCodes.Include(c => c.Addresses).SingleAsync(c => c.PersonalCustomsCode == "P210000000001");
        Assert.Equal(("010-9999-0001", 2), (code.Phone, code.Addresses.Count));
    }

    [Fact]
    public async Task More_than_twenty_addresses_two_holders_or_a_bad_code_are_refused_and_nothing_is_written()
    {
        var rows = Enumerable.Range(1, 21).Select(i => ManifestFile.RegisterRow("P220000000001", "최수진", "010-2200-0001", $"광주광역시 서구 {i}"))
            .Append(ManifestFile.RegisterRow("P220000000002", "정우성", "010-2200-0002", "울산광역시 남구 1"))
            .Append(ManifestFile.RegisterRow("P220000000002", "정우선", "010-2200-0002", "울산광역시 남구 2"))
            .Append(ManifestFile.RegisterRow("Q220000000003", "한지민", "010-2200-0003", "세종특별자치시 1"))
            .ToArray();

        var report = await factory.ImportAsync(Write(rows));

        Assert.Equal([(22, "address", "TooManyAddresses"), (24, "name", "HolderDiffers"), (25, "pccc", "NotPccc")],
            report.Errors.OrderBy(e => e.Row).Select(e => (e.Row, e.Column, e.Code)));
        await using var db = factory.CreateDbContext();
        Assert.False(await db.RegisteredCodes.AnyAsync(c => c.PersonalCustomsCode.StartsWith("P22")));
    }
}
