using CustomsWorkbench.Features.Assistant;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>One conversation per record the panel is opened on; the general one elsewhere.</summary>
public class ConversationKeyTests
{
    [Fact]
    public void The_record_of_the_page_names_the_conversation()
    {
        Assert.Equal("declaration:7", AssistantConversations.KeyOf(new PageContextSnapshot(DeclarationId: 7, ImporterId: 3)));
        Assert.Equal("parcel:9", AssistantConversations.KeyOf(new PageContextSnapshot(ParcelId: 9)));
        Assert.Equal("scan:SC-1", AssistantConversations.KeyOf(new PageContextSnapshot(ScanId: "SC-1")));
        Assert.Equal("entity:node:42", AssistantConversations.KeyOf(new PageContextSnapshot(GraphEntities: [GraphEntityKeys.Node(42)])));
        Assert.Equal("importer:3", AssistantConversations.KeyOf(new PageContextSnapshot(ImporterId: 3)));
        Assert.Equal(AssistantConversations.General, AssistantConversations.KeyOf(PageContextSnapshot.None));
    }

    [Fact]
    public void Keys_fit_their_column()
    {
        var key = AssistantConversations.KeyOf(new PageContextSnapshot(GraphEntities: [new string('x', 500)]));
        Assert.Equal(AssistantConversations.KeyLength, key.Length);
    }
}
