using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace NjitInternational.Web.Infrastructure;

/// <summary>
/// Every GET action answers HEAD too (HTTP requires it of a GET resource): link checkers, uptime
/// monitors and crawlers ask with HEAD, and MVC's <c>[HttpGet]</c> alone answers them 405. The action
/// runs as for GET; Kestrel sends the headers and drops the body.
/// </summary>
public sealed class HeadRequestsConvention : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var selectors = application.Controllers.SelectMany(c => c.Actions).SelectMany(a => a.Selectors);
        foreach (var selector in selectors)
        {
            AddHead(selector.ActionConstraints);
            AddHead(selector.EndpointMetadata);
        }
    }

    private static void AddHead(IList<IActionConstraintMetadata> constraints)
    {
        for (var i = 0; i < constraints.Count; i++)
        {
            if (constraints[i] is HttpMethodActionConstraint constraint && AnswersGetButNotHead(constraint.HttpMethods))
            {
                constraints[i] = new HttpMethodActionConstraint([.. constraint.HttpMethods, HttpMethods.Head]);
            }
        }
    }

    private static void AddHead(IList<object> metadata)
    {
        for (var i = 0; i < metadata.Count; i++)
        {
            if (metadata[i] is HttpMethodMetadata methods && AnswersGetButNotHead(methods.HttpMethods))
            {
                metadata[i] = new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight);
            }
        }
    }

    private static bool AnswersGetButNotHead(IEnumerable<string> methods) =>
        methods.Contains(HttpMethods.Get, StringComparer.OrdinalIgnoreCase)
        && !methods.Contains(HttpMethods.Head, StringComparer.OrdinalIgnoreCase);
}
