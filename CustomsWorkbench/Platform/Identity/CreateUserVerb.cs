using CustomsWorkbench.Platform.Cli;

namespace CustomsWorkbench.Platform.Identity;

/// <summary>
/// `users create NAME ROLE` — the way to create the first administrator when the app runs on its own data without demo users.
/// The password comes from WORKBENCH_NEW_PASSWORD (never from the command line, where it would land in shell history).
/// </summary>
public class CreateUserVerb(UserAdministration users) : ICliVerb
{
    public const string PasswordVariable = "WORKBENCH_NEW_PASSWORD";

    public string Name => "users create";
    public string Usage => $"users create <userName> <{string.Join('|', Roles.All)}>   (password in ${PasswordVariable})";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken ct)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (args.Count != 2 || string.IsNullOrEmpty(password))
        {
            console.Error.WriteLine($"Usage: {Usage}");
            return 2;
        }
        var result = await users.CreateAsync(new NewUser(args[0], args[0], password, args[1]), actor: "cli");
        if (!result.Succeeded)
        {
            console.Error.WriteLine($"User not created: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 1;
        }
        console.Out.WriteLine($"Created {args[0]} ({args[1]}).");
        return 0;
    }
}
