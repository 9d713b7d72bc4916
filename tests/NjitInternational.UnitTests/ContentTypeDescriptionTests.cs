using System.Reflection;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using NjitInternational.Web.Data;
using NjitInternational.Web.Data.Entities;
using NjitInternational.Web.Features.Content;
using NjitInternational.Web.Features.Search;
using NjitInternational.Web.Infrastructure.Caching;

namespace NjitInternational.UnitTests;

/// <summary>The content-type descriptions match the EF model and what reads them.</summary>
public sealed class ContentTypeDescriptionTests
{
    [Fact]
    public void EveryContentEntityOfTheModel_HasADescription_AndEveryDescriptionNamesAModelEntity()
    {
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options);
        var modelTypes = db.Model.GetEntityTypes().Select(e => e.ClrType).ToHashSet();
        var contentEntities = modelTypes.Where(t => t.IsSubclassOf(typeof(ContentEntity))).Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        var described = ContentTypes.All.Select(t => t.EntityType).ToList();

        Assert.Equal(8, contentEntities.Count);
        Assert.Equal(contentEntities, described.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(described.Concat(ContentTypes.All.SelectMany(t => t.OwnedJoins)), t => Assert.Contains(t, modelTypes));
    }

    [Fact]
    public void DescriptionsHaveDistinctKeysAndAddresses()
    {
        Assert.Equal(ContentTypes.All.Count, ContentTypes.All.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ContentTypes.All.Count, ContentTypes.All.Select(t => t.AdminSegment).Distinct(StringComparer.Ordinal).Count());
        var publicSegments = ContentTypes.All.Where(t => t.PublicSegment is not null).Select(t => t.PublicSegment).ToList();
        Assert.Equal(publicSegments.Count, publicSegments.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TheSiteMenu_ListsEveryTypeWithAListPage()
    {
        Assert.Equal(
            ContentTypes.All.Where(t => t.PublicListPaths.Count > 0).Select(t => t.Name).Order(StringComparer.Ordinal),
            ContentTypes.PublicMenu.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void JoinRows_CountAsTheirOwner()
    {
        Assert.Same(ContentTypes.Partner, ContentTypes.ForEntity(new PartnerPartnershipKind()));
        Assert.Same(ContentTypes.Alliance, ContentTypes.ForEntity(new AllianceMember()));
        Assert.Same(ContentTypes.Programme, ContentTypes.ForEntity(new ProgrammePartner()));
        Assert.Equal(CacheTags.Partners, CacheTags.ForEntity(new PartnerPartnershipKind()));
        Assert.Null(CacheTags.ForEntity(new Enquiry()));
    }

    [Fact]
    public void CacheTagConstants_AreTheDescriptionsTags()
    {
        var constants = typeof(CacheTags).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(CacheTags.AllContent))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);
        Assert.Equal(ContentTypes.All.Select(t => t.CacheTag).Order(StringComparer.Ordinal), constants);
        Assert.Equal(CacheTags.All, CacheTags.Expand(CacheTags.AllContent));
    }

    [Fact]
    public void SiteSearch_IndexesExactlyTheTypesMarkedForSearch_EachWithItsSearchText()
    {
        Assert.Contains(ContentTypes.All, t => t.InSearch);
        Assert.All(ContentTypes.All, t => Assert.True(t.InSearch == t.DescribesSearchText, t.Name));
        Assert.Equal(ContentTypes.All.Where(t => t.InSearch), SearchIndexer.SearchableTypes);
    }

    [Fact]
    public void EveryTypeWithPublicPages_HasAPublicPathAndItsNameInBothLanguages()
    {
        var english = Keys("SharedResource.en.resx");
        var chinese = Keys("SharedResource.zh-CN.resx");
        foreach (var type in ContentTypes.All.Where(t => t.InSearch || t.InSitemap || t.PublicListPaths.Count > 0))
        {
            Assert.NotNull(type.PublicPath("a-slug"));
            Assert.Contains(type.Plural, english);
            Assert.Contains(type.Plural, chinese);
        }
    }

    private static HashSet<string> Keys(string file)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NjitInternational.sln")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory!.FullName, "src", "NjitInternational.Web", "Resources", file);
        return [.. XDocument.Load(path).Root!.Elements("data").Select(d => d.Attribute("name")!.Value)];
    }
}
