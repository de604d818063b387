using MudBlazor;

namespace CustomsWorkbench.Components.Layout;

/// <summary>Customs navy with a teal accent; the channel colours (red/yellow/green) stay free for risk.</summary>
public static class WorkbenchTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1B3A5C",
            Secondary = "#00897B",
            AppbarBackground = "#1B3A5C",
            Background = "#F4F6F9",
            DrawerBackground = "#FFFFFF",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", "Segoe UI", "Roboto", "sans-serif"],
            },
        },
    };
}
