using System.Globalization;
using System.Resources;

namespace CustomsWorkbench.Features.Assistant.Plugins;

/// <summary>
/// The one-line summary a proposal card shows, in the reader's language (the UI culture of the turn; AssistantStrings
/// ko/en). It is stored with the proposal, so the card, the history and the audit entry say the same thing.
/// </summary>
public static class ProposalSummaries
{
    private static readonly ResourceManager Strings = new(typeof(AssistantStrings));

    public static string AssignChannel(string number, string channel) => Format("ProposalAssignChannel", number, ChannelWord(channel));

    public static string Release(string number) => Format("ProposalRelease", number);

    public static string Hold(string number) => Format("ProposalHold", number);

    public static string Note(string number) => Format("ProposalNote", number);

    public static string Merge(string merge, string keep) => Format("ProposalMerge", merge, keep);

    /// <summary>Green, Yellow or Red in words (never the raw enum name in Korean).</summary>
    public static string ChannelWord(string channel) => Text($"ProposalChannel_{channel}");

    private static string Format(string key, params object[] args) => string.Format(CultureInfo.CurrentCulture, Text(key), args);

    private static string Text(string key) => Strings.GetString(key, CultureInfo.CurrentUICulture) ?? key;
}
