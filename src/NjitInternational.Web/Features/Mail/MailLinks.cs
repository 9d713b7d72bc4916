using Microsoft.Extensions.Options;

namespace NjitInternational.Web.Features.Mail;

/// <summary>The origin of links in mail: <see cref="MailOptions.SiteUrl"/>, else the request's own (behind trusted proxies only).</summary>
public sealed class MailLinks(IOptions<MailOptions> options)
{
    public string Origin(HttpRequest? request)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.SiteUrl))
        {
            return options.Value.SiteUrl.TrimEnd('/');
        }

        return request is null ? string.Empty : $"{request.Scheme}://{request.Host}";
    }
}
