namespace CustomsWorkbench.Platform.Localization;

/// <summary>Korean translations of MudBlazor's own component texts (pager, date picker, grid menus), in MudStrings.ko.resx.</summary>
public class MudStrings;
