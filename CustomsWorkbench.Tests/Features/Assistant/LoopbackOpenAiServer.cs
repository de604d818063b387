using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CustomsWorkbench.Tests.Features.Assistant;

/// <summary>
/// A scripted OpenAI-compatible server on 127.0.0.1 (random port): the first completion of a conversation asks for the
/// tool given in <see cref="NextToolCall"/>, the one after the tool result answers with text quoting that result.
/// Every request body is kept so tests can see what the model was sent.
/// </summary>
public sealed class LoopbackOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication app;
    public ConcurrentQueue<JsonNode> Requests { get; } = new();
    /// <summary>Suffix of the tool name (e.g. "get_declaration") and its JSON arguments.</summary>
    public (string Function, string ArgumentsJson) NextToolCall { get; set; } = ("get_declaration", "{}");
    public string BaseUrl { get; }
    /// <summary>When set, every completion answers with this text (from the request), never with a tool call.</summary>
    public Func<JsonNode, string>? TextReply { get; set; }

    private LoopbackOpenAiServer(WebApplication app, string baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public static async Task<LoopbackOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        LoopbackOpenAiServer? server = null;
        app.MapPost("/v1/chat/completions", async (HttpContext ctx) =>
        {
            var body = (await JsonNode.ParseAsync(ctx.Request.Body))!;
            server!.Requests.Enqueue(body);
            var reply = server.Reply(body);
            if (body["stream"]?.GetValue<bool>() != true) return Results.Text(reply.ToJsonString(), "application/json");
            return Results.Text(Streamed(reply), "text/event-stream");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LoopbackOpenAiServer(app, address);
        return server;
    }

    private JsonObject Reply(JsonNode request)
    {
        if (TextReply is { } text) return Completion(new JsonObject { ["role"] = "assistant", ["content"] = text(request) }, "stop");
        var messages = request["messages"]!.AsArray();
        var last = messages[^1]!;
        if (last["role"]!.GetValue<string>() == "tool")
        {
            var result = last["content"] is JsonArray parts ? string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())) : last["content"]!.GetValue<string>();
            return Completion(new JsonObject { ["role"] = "assistant", ["content"] = "From the workbench: " + result }, "stop");
        }
        var tools = request["tools"]?.AsArray().Select(t => t!["function"]!["name"]!.GetValue<string>()).ToList() ?? [];
        var name = tools.First(t => t.EndsWith(NextToolCall.Function, StringComparison.Ordinal));
        var call = new JsonObject
        {
            ["id"] = "call_1", ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = name, ["arguments"] = NextToolCall.ArgumentsJson },
        };
        return Completion(new JsonObject { ["role"] = "assistant", ["content"] = null, ["tool_calls"] = new JsonArray(call) }, "tool_calls");
    }

    /// <summary>The same completion as server-sent events: the message as one delta chunk, then the finish reason, then [DONE].</summary>
    private static string Streamed(JsonObject completion)
    {
        var choice = completion["choices"]![0]!;
        var message = choice["message"]!.DeepClone().AsObject();
        if (message["tool_calls"] is JsonArray calls)
            foreach (var (call, i) in calls.Select((c, i) => (c!, i))) call.AsObject()["index"] = i;
        JsonObject Chunk(JsonObject delta, string? finish) => new()
        {
            ["id"] = completion["id"]!.GetValue<string>(), ["object"] = "chat.completion.chunk", ["created"] = 1_764_000_000, ["model"] = "loopback",
            ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finish }),
        };
        var finishReason = choice["finish_reason"]!.GetValue<string>();
        return $"data: {Chunk(message, null).ToJsonString()}\n\ndata: {Chunk(new JsonObject(), finishReason).ToJsonString()}\n\ndata: [DONE]\n\n";
    }

    private static JsonObject Completion(JsonObject message, string finish) => new()
    {
        ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N"), ["object"] = "chat.completion", ["created"] = 1_764_000_000, ["model"] = "loopback",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finish }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
