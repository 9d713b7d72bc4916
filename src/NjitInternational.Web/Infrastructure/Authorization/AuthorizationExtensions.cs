namespace NjitInternational.Web.Infrastructure.Authorization;

internal static class AuthorizationExtensions
{
    public static IServiceCollection AddAppAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(AuthorizationPolicies.Staff, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.Administrator, StaffRoles.Editor))
            .AddPolicy(AuthorizationPolicies.Administrator, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.Administrator));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, LoggingAuthorizationResultHandler>();
        return services;
    }
}
