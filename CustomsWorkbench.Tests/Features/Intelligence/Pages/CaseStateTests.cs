using CustomsWorkbench.Features.Intelligence.Pages;

namespace CustomsWorkbench.Tests.Features.Intelligence.Pages;

/// <summary>The server reads entity ids and modes from the explorer's saved state; analyst groups must not disturb that.</summary>
public class CaseStateTests
{
    [Fact]
    public void Node_ids_come_from_entities_only_when_the_state_has_groups()
    {
        const string state = """
            {"nodes":[{"id":4,"x":1,"y":2,"pinned":false},{"id":9,"x":3,"y":4,"pinned":true}],"hidden":[],
             "groups":[{"label":"Shell pair","members":[4,9]}],"colourMode":"risk","sizeMode":"degree","filter":{}}
            """;
        Assert.Equal([4, 9], CaseState.NodeIds(state));
        Assert.Equal(("risk", "degree"), CaseState.Modes(state));
    }

    [Fact]
    public void States_saved_before_groups_existed_still_read()
    {
        const string state = """{"nodes":[{"id":7,"x":0,"y":0,"pinned":false}],"hidden":[7],"colourMode":"type"}""";
        Assert.Equal([7], CaseState.NodeIds(state));
        Assert.Equal(("type", "centrality"), CaseState.Modes(state));
    }
}
