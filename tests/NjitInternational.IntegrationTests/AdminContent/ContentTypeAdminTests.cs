using AngleSharp.Dom;
using NjitInternational.TestSupport;

namespace NjitInternational.IntegrationTests.AdminContent;

public class PartnersAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/partners";

    protected override string EntityType => "Partner";

    protected override string TitleField => "Name";

    protected override Dictionary<string, string> RequiredValues(IDocument newForm) => new()
    {
        ["CountryId"] = newForm.QuerySelectorAll("select[name=CountryId] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!,
    };
}

public class AlliancesAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/alliances";

    protected override string EntityType => "Alliance";

    protected override string TitleField => "Name";
}

public class ProgrammesAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/programmes";

    protected override string EntityType => "Programme";

    protected override string TitleField => "Title";
}

public class VisitingProfessorsAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/visiting-professors";

    protected override string EntityType => "VisitingProfessor";

    protected override string TitleField => "Name";
}

public class ConferencesAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/conferences";

    protected override string EntityType => "Conference";

    protected override string TitleField => "Title";
}

public class PagesAdminTests(SiteFactory site) : ContentAdminTests(site), IClassFixture<SiteFactory>
{
    protected override string BasePath => "/admin/pages";

    protected override string EntityType => "Page";

    protected override string TitleField => "Title";
}
