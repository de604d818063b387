using CustomsWorkbench.Features.Assistant.Library;
using CustomsWorkbench.Features.Assistant.Plugins;
using CustomsWorkbench.Platform.Audit;
using CustomsWorkbench.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace CustomsWorkbench.Features.Assistant;

/// <summary>
/// Builds a kernel per question: the plugins are bound to that question's <see cref="AssistantTurn"/> (user, page),
/// the audit filter is attached, and the chat service is the configured LLM or the in-process engine.
/// </summary>
public sealed class AssistantKernelFactory(IServiceProvider services, IOptions<AssistantOptions> options)
{
    public const string TurnKey = "assistant.turn";

    public bool UsesLlm => options.Value.UsesLlm;

    public Kernel Create(AssistantTurn turn)
    {
        var builder = Kernel.CreateBuilder();
        var o = options.Value;
        if (o.UsesLlm)
        {
            builder.AddOpenAIChatCompletion(o.Model!, new Uri(o.Endpoint!), string.IsNullOrWhiteSpace(o.ApiKey) ? "none" : o.ApiKey);
        }
        else
        {
            builder.Services.AddSingleton<IChatCompletionService>(services.GetRequiredService<Offline.OfflineChatCompletionService>());
        }
        var kernel = builder.Build();
        kernel.Data[TurnKey] = turn;
        kernel.FunctionInvocationFilters.Add(new ToolAuditFilter(services.GetRequiredService<IAuditLog>(), turn));
        foreach (var (name, plugin) in Plugins(turn)) kernel.Plugins.AddFromObject(plugin, name);
        return kernel;
    }

    private IEnumerable<(string, object)> Plugins(AssistantTurn turn)
    {
        var db = services.GetRequiredService<IDbContextFactory<WorkbenchDbContext>>();
        var declarations = new DeclarationsPlugin(db, services.GetService<RiskSelection.IRiskAssessmentReader>(), turn);
        var traders = new TradersPlugin(db, turn);
        yield return (DeclarationsPlugin.Name, declarations);
        yield return (TradersPlugin.Name, traders);
        yield return (TariffPlugin.Name, new TariffPlugin(db, services.GetRequiredService<Platform.Reference.ExchangeRates>(), services.GetRequiredService<TimeProvider>(), turn));
        yield return (LibraryPlugin.Name, new LibraryPlugin(services.GetRequiredService<ProcedureLibrary>(), turn));
        yield return (DraftingPlugin.Name, new DraftingPlugin(declarations, traders, turn));
        yield return (GraphPlugin.Name, new GraphPlugin(services.GetService<IAssistantGraphSource>(), turn));
        yield return (ScanPlugin.Name, new ScanPlugin(services.GetService<IAssistantScanSource>(), turn));
        yield return (ParcelsPlugin.Name, new ParcelsPlugin(services.GetService<PersonalImports.IParcelStatusQuery>(), services.GetService<PersonalImports.IDutyEstimator>(),
            services.GetRequiredService<TimeProvider>(), turn));
        yield return (ActionsPlugin.Name, new ActionsPlugin(services.GetRequiredService<ProposalService>(), db, turn));
    }
}
