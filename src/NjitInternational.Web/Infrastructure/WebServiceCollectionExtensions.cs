using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NjitInternational.Web.Areas.Admin.Services;
using NjitInternational.Web.Features.Alliances;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.ContentCsv;
using NjitInternational.Web.Features.ExternalSignIn;
using NjitInternational.Web.Features.Home;
using NjitInternational.Web.Features.Localization;
using NjitInternational.Web.Features.Mail;
using NjitInternational.Web.Features.Media;
using NjitInternational.Web.Features.PartnerMap;
using NjitInternational.Web.Features.Partners;
using NjitInternational.Web.Features.Programmes;
using NjitInternational.Web.Features.Revisions;
using NjitInternational.Web.Features.Scheduling;
using NjitInternational.Web.Infrastructure.Authorization;
using NjitInternational.Web.Infrastructure.Caching;
using NjitInternational.Web.Infrastructure.Identity;
using NjitInternational.Web.Infrastructure.ScaleOut;
using NjitInternational.Web.Infrastructure.Security;

namespace NjitInternational.Web.Infrastructure;

internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddAppWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAppTransportSecurity();
        services.AddAppForwardedHeaders(configuration);
        services.AddAppRequestLimits(configuration);
        services.AddAppRateLimiting(configuration);
        services.AddPublicPageCaching(configuration);
        services.AddAppScaleOut(configuration);
        services.AddScheduling(configuration);
        services.AddHtmlCompression();
        services.AddAppIdentity();
        services.AddAppOidc(configuration);
        services.AddAppTwoFactor(configuration);
        services.AddAppHealthChecks();
        services.AddAppGracefulShutdown(configuration);
        services.AddAppAuthorization();
        services.AddLocalization();
        services.AddControllersWithViews(mvc =>
            {
                mvc.ModelBinderProviders.Insert(0, new ModelBinding.CheckboxModelBinderProvider());
                // First, so the culture convention's copies of GET routes answer HEAD too.
                mvc.Conventions.Add(new HeadRequestsConvention());
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.Replace(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Mvc.Infrastructure.IHttpResponseStreamWriterFactory, WholePageWriterFactory>());
        services.AddAppLocalization();
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<SiteFiguresQuery>();
        services.AddScoped<PartnerDirectoryQuery>();
        services.AddScoped<PartnerDirectoryCountsQuery>();
        services.AddScoped<PartnerDetailQuery>();
        services.AddScoped<PartnerMapQuery>();
        services.AddScoped<AllianceQueries>();
        services.AddOptions<PartnerMapOptions>().Bind(configuration.GetSection(PartnerMapOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PartnerMapOptions>, PartnerMapOptionsValidator>();
        services.AddSingleton<ApprovedBaseMap>();
        services.AddScoped<ProgrammeCatalogueQuery>();
        services.AddScoped<Features.Calendars.CalendarQuery>();
        services.AddScoped<Features.Calendars.CalendarFile>();
        services.AddScoped<ClosingSoonQuery>();
        services.AddScoped<ProgrammeDetailQuery>();
        services.AddScoped<ProgrammeExportQuery>();
        services.Configure<ChoiceListOptions>(configuration.GetSection(ChoiceListOptions.SectionName));
        services.AddScoped<Features.VisitingProfessors.VisitingProfessorQueries>();
        services.AddScoped<Features.Conferences.ConferenceQueries>();
        services.AddScoped<Features.News.NewsQueries>();
        services.AddScoped<Features.News.NewsFeed>();
        services.AddScoped<Features.About.AboutPageQuery>();
        services.AddScoped<Features.Search.SiteSearchQuery>();
        services.AddScoped<Features.Seo.SitemapQuery>();
        services.Configure<Features.Seo.SitemapOptions>(configuration.GetSection(Features.Seo.SitemapOptions.SectionName));
        services.AddScoped<Features.Dashboard.DashboardQuery>();
        services.AddScoped<Features.Translations.TranslationStatusQuery>();
        services.AddScoped<Features.AuditLog.AuditLogQuery>();
        services.AddScoped<Features.Enquiries.EnquiryInbox>();
        services.AddScoped<Features.Enquiries.EnquirySubmission>();
        services.AddScoped<Features.Enquiries.EnquiryReplies>();
        services.AddScoped<Features.Enquiries.EnquiryRetention>();
        services.AddScoped<Features.Enquiries.EnquirerPersonalData>();
        var enquiries = configuration.GetSection(Features.Enquiries.EnquiryOptions.SectionName);
        services.Configure<Features.Enquiries.EnquiryOptions>(enquiries);
        if ((enquiries.Get<Features.Enquiries.EnquiryOptions>() ?? new()).RetentionJobEnabled)
        {
            services.AddHostedService<Features.Enquiries.EnquiryRetentionService>();
        }

        services.AddMail(configuration);
        services.AddScoped<ContentStore>();
        services.AddScoped<ContentOptions>();
        services.AddSingleton<ContentFieldReader>();
        services.AddMediaLibrary(configuration);
        services.AddContentCsv();
        services.AddRevisions(configuration);
        return services;
    }
}
