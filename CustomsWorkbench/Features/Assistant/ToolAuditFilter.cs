using CustomsWorkbench.Platform.Audit;
using Microsoft.SemanticKernel;

namespace CustomsWorkbench.Features.Assistant;

/// <summary>
/// Every kernel function call, from either engine, passes here: it is recorded on the turn (shown in the chat) and on the
/// audit trail with its arguments before it runs.
/// </summary>
public sealed class ToolAuditFilter(IAuditLog audit, AssistantTurn turn) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var arguments = context.Arguments
            .Where(a => a.Value is not CancellationToken)
            .ToDictionary(a => a.Key, a => a.Value is null ? null : Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture));
        var call = new ToolCallRecord(context.Function.PluginName ?? "", context.Function.Name, arguments);
        turn.AddToolCall(call);
        await audit.RecordAsync(AuditRecord.Decision(turn.UserName, "assistant.tool-call", "AssistantTool",
            $"{call.Plugin}.{call.Function}", new { call.Plugin, call.Function, call.Arguments }), context.CancellationToken);
        await next(context);
    }
}
