using CustomsWorkbench.Features.Oversight;
using CustomsWorkbench.Features.Oversight.Models;
using CustomsWorkbench.Tests.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CustomsWorkbench.Tests.Features.Oversight;

/// <summary>Metric keys stay as they are for the CLI; the catalogue shows them in the UI language.</summary>
public class MetricTextTests() : ComponentTestContext("ko-KR")
{
    [Theory]
    [InlineData("precision@5%", "상위 5%의 정밀도")]
    [InlineData("intent accuracy", "의도 정확도")]
    [InlineData("calibration error (ECE)", "보정 오차 (ECE)")]
    [InlineData("false alarms per clean scan", "정상 영상당 오경보 수")]
    [InlineData("mAP@0.5", "임계값 0.5 기준 mAP")]
    [InlineData("a metric added later", "a metric added later")]
    public void Every_kind_s_metric_words_read_in_korean_and_an_unknown_one_as_written(string name, string shown)
    {
        var strings = Services.GetRequiredService<IStringLocalizer<OversightStrings>>();

        Assert.Equal(shown, MetricText.Of(strings, name));
    }
}
