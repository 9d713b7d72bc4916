using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace NjitInternational.TestIdentityProvider;

/// <summary>
/// A real OpenID Connect provider for the tests: OpenIddict's server on Kestrel at a free loopback
/// port (plain HTTP allowed there only), authorization code flow with PKCE, an end-session
/// endpoint, a login form, and a few users. Its applications and codes live in a SQLite file of
/// its own (deleted on dispose). <see cref="Tampering"/> makes it issue spoiled ID tokens.
/// </summary>
public sealed class TestOidcProvider : IAsyncDisposable
{
    public const string ClientId = "njit-international";
    public const string ClientSecret = "test-client-secret-not-for-production";

    /// <summary>The password of every test user.</summary>
    public const string Password = "provider-password";

    private const string SessionScheme = "test-provider-session";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"njit-test-idp-{Guid.NewGuid():N}.db");
    private readonly RSA _signingRsa = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, TestUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private WebApplication? _app;
    private int _endSessionRequests;

    public TestOidcProvider()
    {
        SigningKey = new RsaSecurityKey(_signingRsa) { KeyId = "test-provider-key" };
        foreach (var user in DefaultUsers)
        {
            AddUser(user);
        }
    }

    /// <summary>A verified staff address, a user without email, and one whose address is unverified.</summary>
    public static IReadOnlyList<TestUser> DefaultUsers { get; } =
    [
        new("staff", "subject-staff", "staff@njit.test", true, "Staff Member"),
        new("no-email", "subject-no-email", null, null, "No Email"),
        new("unverified", "subject-unverified", "unverified@njit.test", false, "Unverified Address"),
    ];

    public SecurityKey SigningKey { get; }

    /// <summary>The issuer and discovery base, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Authority { get; private set; } = null!;

    public TokenTampering Tampering { get; set; }

    /// <summary>How many times a browser reached the end-session endpoint.</summary>
    public int EndSessionRequests => Volatile.Read(ref _endSessionRequests);

    public void AddUser(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _users[user.UserName] = user;
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ApplicationName = typeof(TestOidcProvider).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        ConfigureServices(builder.Services);

        _app = builder.Build();
        _app.UseAuthentication();
        MapEndpoints(_app);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            // A throwaway test database: created, never migrated.
            await scope.ServiceProvider.GetRequiredService<ProviderDbContext>().Database.EnsureCreatedAsync();
        }

        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Authority = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>Registers the site as a confidential client whose callbacks live under <paramref name="siteBaseAddresses"/>.</summary>
    public async Task RegisterClientAsync(params Uri[] siteBaseAddresses)
    {
        ArgumentNullException.ThrowIfNull(siteBaseAddresses);
        var app = _app ?? throw new InvalidOperationException("Start the provider first.");
        await using var scope = app.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await manager.FindByClientIdAsync(ClientId) is { } existing)
        {
            await manager.DeleteAsync(existing);
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "NJIT International (tests)",
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var site in siteBaseAddresses)
        {
            descriptor.RedirectUris.Add(new Uri(site, "/signin-oidc"));
            descriptor.PostLogoutRedirectUris.Add(new Uri(site, "/signout-callback-oidc"));
        }

        await manager.CreateAsync(descriptor);
    }

    private void ConfigureServices(IServiceCollection services)
    {
        services.AddDbContext<ProviderDbContext>(options => options
            .UseSqlite($"Data Source={_databasePath}")
            .UseOpenIddict());
        services.AddAuthentication(SessionScheme).AddCookie(SessionScheme, cookie =>
        {
            // Distinct name: the site under test shares the host (cookies ignore ports).
            cookie.Cookie.Name = "test-provider-session";
            cookie.LoginPath = "/login";
        });
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ProviderDbContext>())
            .AddServer(server =>
            {
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/logout");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                server.RegisterScopes(Scopes.Email, Scopes.Profile);
                server.AddSigningKey(SigningKey);
                server.AddEphemeralEncryptionKey();
                server.AddEventHandler<OpenIddictServerEvents.ApplyTokenResponseContext>(handler => handler
                    .UseInlineHandler(context =>
                    {
                        if (Tampering != TokenTampering.None && context.Response.IdToken is { } idToken)
                        {
                            context.Response.IdToken = IdTokenTamperer.Rewrite(idToken, Tampering, SigningKey);
                        }

                        return default;
                    })
                    .SetOrder(int.MinValue + 100_000)
                    .SetType(OpenIddictServerHandlerType.Custom));
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });
    }

    private void MapEndpoints(WebApplication app)
    {
        app.MapGet("/login", (string? returnUrl) => Results.Content(ProviderPages.Login(returnUrl, error: null), "text/html; charset=utf-8"));
        app.MapPost("/login", async (HttpContext context) =>
        {
            var form = await context.Request.ReadFormAsync();
            var returnUrl = form["returnUrl"].ToString();
            if (!returnUrl.StartsWith("/connect/authorize", StringComparison.Ordinal))
            {
                return Results.BadRequest();
            }

            if (form.ContainsKey("cancel"))
            {
                return Results.Redirect(returnUrl + "&cancelled=1");
            }

            if (!_users.TryGetValue(form["username"].ToString(), out var user) || form["password"] != Password)
            {
                return Results.Content(ProviderPages.Login(returnUrl, "Unknown user name or wrong password."), "text/html; charset=utf-8", statusCode: 400);
            }

            var session = new ClaimsIdentity(SessionScheme, ClaimTypes.Name, ClaimTypes.Role);
            session.AddClaim(new Claim(ClaimTypes.Name, user.UserName));
            await context.SignInAsync(SessionScheme, new ClaimsPrincipal(session));
            return Results.Redirect(returnUrl);
        });

        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], async (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
            if (context.Request.Query.ContainsKey("cancelled"))
            {
                return Results.Forbid(
                    new AuthenticationProperties(new Dictionary<string, string?>
                    {
                        [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user cancelled the sign-in.",
                    }),
                    [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            var session = await context.AuthenticateAsync(SessionScheme);
            if (!session.Succeeded || !_users.TryGetValue(session.Principal!.Identity!.Name!, out var user))
            {
                return Results.Redirect("/login?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
            }

            var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, user.Subject);
            identity.SetClaim(Claims.Name, user.Name ?? user.UserName);
            if (user.Email is not null)
            {
                identity.SetClaim(Claims.Email, user.Email);
            }

            if (user.EmailVerified is { } verified)
            {
                identity.AddClaim(new Claim(Claims.EmailVerified, verified ? "true" : "false", ClaimValueTypes.Boolean));
            }

            if (user.Amr is not null)
            {
                identity.SetClaims(Claims.AuthenticationMethodReference, [.. user.Amr.Split(' ')]);
            }

            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(static claim => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });

        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], async (HttpContext context) =>
        {
            Interlocked.Increment(ref _endSessionRequests);
            await context.SignOutAsync(SessionScheme);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _signingRsa.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
