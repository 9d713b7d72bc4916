using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Infrastructure.Authorization;

namespace NjitInternational.Web.Features.Accounts;

/// <summary>Arguments of <c>create-admin --email x@y [--name "Display Name"] [--password-stdin] [--break-glass]</c>.</summary>
public sealed record CreateAdminArguments(string Email, string? DisplayName, bool PasswordFromStdin, bool BreakGlass = false);

/// <summary>
/// Creates an administrator from the command line: the only way to get the first account, so
/// there is never a default password. Prints a generated one-time password (or reads one line from
/// standard input) and flags the account to change it at first sign-in.
/// </summary>
internal sealed class CreateAdminCommand(
    UserManager<AppUser> users,
    AppDbContext db,
    AccountAudit audit,
    TimeProvider clock)
{
    public const string Name = "create-admin";

    public const string Usage = "Usage: create-admin --email <address> [--name \"Display Name\"] [--password-stdin] [--break-glass]";

    public static bool IsInvoked(string[] args) => args.Length > 0 && args[0] == Name;

    /// <summary>
    /// The arguments the web host should see: without the command and its own options, which the
    /// command-line configuration provider would otherwise misread (e.g. --password-stdin taking
    /// the next argument as its value).
    /// </summary>
    public static string[] HostArguments(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!IsInvoked(args))
        {
            return args;
        }

        var host = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--email" or "--name":
                    i++;
                    break;
                case "--password-stdin" or "--break-glass":
                    break;
                default:
                    host.Add(args[i]);
                    break;
            }
        }

        return [.. host];
    }

    /// <summary>Parses the arguments after the command name; null (with a message) when they are wrong.</summary>
    public static CreateAdminArguments? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        string? email = null;
        string? name = null;
        var stdin = false;
        var breakGlass = false;
        for (var i = args.Count > 0 && args[0] == Name ? 1 : 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--email" when i + 1 < args.Count:
                    email = args[++i].Trim();
                    break;
                case "--name" when i + 1 < args.Count:
                    name = args[++i].Trim();
                    break;
                case "--password-stdin":
                    stdin = true;
                    break;
                case "--break-glass":
                    breakGlass = true;
                    break;
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains(':', StringComparison.Ordinal):
                    // A configuration override for the host (e.g. --ConnectionStrings:Default=...).
                    i += setting.Contains('=', StringComparison.Ordinal) ? 0 : 1;
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete argument: {args[i]}");
                    error.WriteLine(Usage);
                    return null;
            }
        }

        if (string.IsNullOrEmpty(email))
        {
            error.WriteLine("--email is required.");
            error.WriteLine(Usage);
            return null;
        }

        return new CreateAdminArguments(email, string.IsNullOrEmpty(name) ? null : name, stdin, breakGlass);
    }

    /// <summary>Runs the command; returns the process exit code (0 on success).</summary>
    public async Task<int> RunAsync(CreateAdminArguments arguments, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        if (await users.FindByEmailAsync(arguments.Email) is not null)
        {
            await error.WriteLineAsync($"An account with the email address {arguments.Email} already exists. Nothing was changed.");
            return 2;
        }

        string password;
        if (arguments.PasswordFromStdin)
        {
            password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? string.Empty;
            if (password.Length == 0)
            {
                await error.WriteLineAsync("No password was read from standard input.");
                return 3;
            }
        }
        else
        {
            password = OneTimePassword.Generate();
        }

        var user = new AppUser
        {
            UserName = arguments.Email,
            Email = arguments.Email,
            DisplayName = arguments.DisplayName,
            MustChangePassword = true,
            BreakGlass = arguments.BreakGlass,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };

        var strategy = db.Database.CreateExecutionStrategy();
        var errors = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var kind = arguments.BreakGlass ? "Break-glass administrator" : "Administrator";
            audit.Add(AuditActions.AccountCreated, "create-admin (command line)", user, $"{kind} {arguments.Email} created from the command line.");
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return created.Errors.Select(e => e.Description).ToList();
            }

            var role = await users.AddToRoleAsync(user, StaffRoles.Administrator);
            if (!role.Succeeded)
            {
                return role.Errors.Select(e => e.Description).ToList();
            }

            await transaction.CommitAsync(cancellationToken);
            return [];
        });

        if (errors.Count > 0)
        {
            await error.WriteLineAsync("The account was not created:");
            foreach (var message in errors)
            {
                await error.WriteLineAsync($"  - {message}");
            }

            return 4;
        }

        await output.WriteLineAsync(arguments.BreakGlass
            ? $"Break-glass administrator {arguments.Email} created: it may sign in with a password at /admin/account/login/emergency even when local passwords are turned off."
            : $"Administrator {arguments.Email} created.");
        if (!arguments.PasswordFromStdin)
        {
            await output.WriteLineAsync($"One-time password: {password}");
            await output.WriteLineAsync("It is shown only now. Sign in at /admin/account/login; you will be asked to choose a new password.");
        }
        else
        {
            await output.WriteLineAsync("Sign in at /admin/account/login; you will be asked to choose a new password.");
        }

        return 0;
    }
}
