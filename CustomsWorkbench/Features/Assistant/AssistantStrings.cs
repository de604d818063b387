namespace CustomsWorkbench.Features.Assistant;

/// <summary>Marker for the assistant's strings in AssistantStrings.resx (English) and AssistantStrings.ko.resx (Korean).</summary>
public class AssistantStrings;
