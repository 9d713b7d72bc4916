namespace NjitInternational.Web.Features.Mail;

internal static class MailExtensions
{
    /// <summary>The outbox, its sender (under the job lease), the composer and the weekly digest.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MailOptions.SectionName);
        services.Configure<MailOptions>(section);
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddSingleton<MailLinks>();
        services.AddScoped<MailOutbox>();
        services.AddScoped<MailComposer>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<MailOutboxJob>();
        services.AddScoped<MailAdminQuery>();
        services.AddScoped<WeeklyDigest>();
        var settings = section.Get<MailOptions>() ?? new();
        if (settings.SenderEnabled)
        {
            services.AddHostedService<MailSendingService>();
        }

        if (settings.DigestEnabled)
        {
            services.AddHostedService<WeeklyDigestService>();
        }

        return services;
    }
}
