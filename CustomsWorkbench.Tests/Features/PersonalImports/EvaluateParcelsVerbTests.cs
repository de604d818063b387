using System.Text.Json;
using CustomsWorkbench.Features.PersonalImports.Flags;
using CustomsWorkbench.Tests.Infrastructure;

namespace CustomsWorkbench.Tests.Features.PersonalImports;

/// <summary>`evaluate parcels` on the shared demo world: parcels and planted truth read from the database.</summary>
[Collection(WorkbenchCollection.Name)]
public class EvaluateParcelsVerbTests(WorkbenchFactory factory)
{
    [Fact]
    public async Task Every_flag_is_scored_against_the_demo_worlds_planted_truth()
    {
        var run = await CliVerbRunner.RunAsync(factory, "evaluate parcels", "--json");

        Assert.True(run.Code == 0, run.Error);
        var flags = JsonDocument.Parse(run.Out).RootElement.GetProperty("flags").EnumerateArray()
            .ToDictionary(f => f.GetProperty("code").GetString()!, f => f);
        Assert.Equal(7, flags.Count);
        Assert.All(flags.Values, f => Assert.True(f.GetProperty("planted").GetInt32() > 0, f.ToString()));
        foreach (var code in new[] { ParcelFlagCodes.PcccMisuse, ParcelFlagCodes.SplitShipment, ParcelFlagCodes.Resale, ParcelFlagCodes.RestrictedGoods })
        {
            Assert.True(flags[code].GetProperty("truePositives").GetInt32() > 0, flags[code].ToString());
        }
        // Over the limit is arithmetic: the truth is every parcel over it, and the flag finds exactly those.
        Assert.Equal(1.0, flags[ParcelFlagCodes.OverDeMinimis].GetProperty("precision").GetDouble());
        Assert.Equal(1.0, flags[ParcelFlagCodes.OverDeMinimis].GetProperty("recall").GetDouble());
    }

    [Fact]
    public async Task The_text_report_has_one_line_per_flag_and_an_unknown_option_is_refused()
    {
        var text = await CliVerbRunner.RunAsync(factory, "evaluate parcels");
        var bad = await CliVerbRunner.RunAsync(factory, "evaluate parcels", "--csv");

        Assert.Equal(0, text.Code);
        Assert.Contains("pccc-misuse", text.Out);
        Assert.Contains("precision", text.Out);
        Assert.Equal(2, bad.Code);
        Assert.Contains("Usage: evaluate parcels", bad.Error);
    }
}
