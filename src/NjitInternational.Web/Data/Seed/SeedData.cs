using NjitInternational.Web.Data.Entities;

namespace NjitInternational.Web.Data.Seed;

/// <summary>
/// Every fact of shared/seed/international-cooperation.txt, and nothing else. Where the text is
/// silent (cities, dates, degrees, directions) the field stays empty for staff to fill in;
/// see docs/decisions/002-seed-content.md for each judgement call.
/// </summary>
internal static class SeedData
{
    // NameZh: the standard Chinese name of the country (certain, unlike partner names, which staff translate).
    internal sealed record CountrySeed(string IsoCode, string Name, WorldRegion Region, CountryKind Kind = CountryKind.Country, string? NameZh = null);

    internal sealed record PartnerSeed(
        string Slug,
        string Name,
        string? ShortName,
        string CountryIso,
        string Summary,
        PartnershipKind[] Kinds);

    internal sealed record ProgrammeSeed(
        string Slug,
        string Title,
        ProgrammeKind Kind,
        ProgrammeDirection? Direction,
        string[] PartnerSlugs,
        string? Discipline,
        int? RunningSince,
        string Summary,
        string? Description);

    internal sealed record TextSeed(string Slug, string Title, string? Summary, string? Body)
    {
        public string? TitleZh { get; init; }

        public string? SummaryZh { get; init; }

        public string? BodyZh { get; init; }
    }

    internal sealed record ProfessorSeed(string Slug, string Name, string Title, string Honours);

    internal sealed record ConferenceSeed(string Slug, string Title, string Topic);

    /// <summary>The countries the text names, plus Singapore (named in "National University of Singapore").</summary>
    public static readonly CountrySeed[] Countries =
    [
        new("DE", "Germany", WorldRegion.Europe, NameZh: "德国"),
        new("GB", "United Kingdom", WorldRegion.Europe, NameZh: "英国"),
        new("US", "United States", WorldRegion.NorthAmerica, NameZh: "美国"),
        new("FI", "Finland", WorldRegion.Europe, NameZh: "芬兰"),
        new("NL", "Netherlands", WorldRegion.Europe, NameZh: "荷兰"),
        new("SE", "Sweden", WorldRegion.Europe, NameZh: "瑞典"),
        new("NZ", "New Zealand", WorldRegion.Oceania, NameZh: "新西兰"),
        new("KR", "South Korea", WorldRegion.Asia, NameZh: "韩国"),
        new("SG", "Singapore", WorldRegion.Asia, NameZh: "新加坡"),
    ];

    /// <summary>
    /// Regions of China whose names are prescribed (中国香港, 中国澳门, 中国台湾; "Hong Kong, China", …):
    /// the text names none of them, so none is added, but rows staff added get the list's names.
    /// </summary>
    public static readonly string[] PrescribedRegions = ["HK", "MO", "TW"];

    public static readonly PartnerSeed[] Partners =
    [
        new("university-of-northumbria-at-newcastle", "University of Northumbria at Newcastle", "Northumbria", "GB",
            "Runs the collaborative undergraduate program in Electrical Engineering and Automation jointly with NJIT since 2007.",
            [PartnershipKind.DegreeProgrammes]),
        new("university-of-oulu", "University of Oulu", "Oulu", "FI",
            "Partner in the Chinese-foreign cooperatively-run NJIT-Oulu School, which grew out of a \u201c4+0\u201d cooperative educational program in Software Engineering.",
            [PartnershipKind.DegreeProgrammes, PartnershipKind.Research]),
        new("university-of-strathclyde", "University of Strathclyde", "Strathclyde", "GB",
            "NJIT provides international degree programs and exchange programs with the University of Strathclyde.",
            [PartnershipKind.DegreeProgrammes, PartnershipKind.Exchange]),
        new("magdeburg-stendal-university-of-applied-sciences", "Magdeburg-Stendal University of Applied Sciences", "Magdeburg-Stendal", "DE",
            "NJIT provides international degree programs and exchange programs with Magdeburg-Stendal University of Applied Sciences.",
            [PartnershipKind.DegreeProgrammes, PartnershipKind.Exchange]),
        new("university-of-wisconsin-milwaukee", "University of Wisconsin-Milwaukee", "UW-Milwaukee", "US",
            "NJIT provides international degree programs and exchange programs with the University of Wisconsin-Milwaukee.",
            [PartnershipKind.DegreeProgrammes, PartnershipKind.Exchange]),
        new("saxion-university-of-applied-sciences", "Saxion University of Applied Sciences", "Saxion", "NL",
            "NJIT provides international degree programs and exchange programs with Saxion University of Applied Sciences.",
            [PartnershipKind.DegreeProgrammes, PartnershipKind.Exchange]),
        new("national-university-of-singapore", "National University of Singapore", "NUS", "SG",
            "NJIT introduces courses and internship programs from the National University of Singapore for its students.",
            [PartnershipKind.CoursesAndInternships]),
        new("university-of-cambridge", "University of Cambridge", "Cambridge", "GB",
            "NJIT introduces courses and internship programs from the University of Cambridge for its students.",
            [PartnershipKind.CoursesAndInternships]),
    ];

    public static readonly TextSeed[] Alliances =
    [
        new("rok-jiangsu-university-alliance", "ROK-Jiangsu University Alliance", null, null),
        new("canada-jiangsu-university-alliance", "Canada-Jiangsu University Alliance", null, null),
        new("alliance-of-china-thailand-universities", "Alliance of China-Thailand Universities", null, null),
        new("sino-finnish-alliance-of-universities-of-applied-sciences", "Sino-Finnish Alliance of Universities of Applied Sciences", null, null),
    ];

    private const string DegreeAndExchange =
        "Furthermore, we also provide international degree programs and exchange programs with University of Strathclyde (UK), Magdeburg-Stendal University of Applied Sciences (Germany), University of Wisconsin-Milwaukee (US), Saxion University of Applied Sciences (the Netherlands).";

    private const string OverseasCourses =
        "To provide more opportunities for the students to interact across national, cultural and geographic borders, NJIT encourages students to engage in overseas programs by actively introducing courses and internship programs from prestige universities, such as the National University of Singapore and the University of Cambridge.";

    private const string IncomingStudents =
        "We also provide degree programs and exchange programs to welcome international students to study at NJIT.";

    public static readonly ProgrammeSeed[] Programmes =
    [
        new("electrical-engineering-and-automation-northumbria", "Electrical Engineering and Automation (with Northumbria)",
            ProgrammeKind.CollaborativeUndergraduate, null, ["university-of-northumbria-at-newcastle"],
            "Electrical Engineering and Automation", 2007,
            "Collaborative undergraduate program jointly run by NJIT and University of Northumbria at Newcastle (UK) since 2007.",
            "The collaborative undergraduate program in Electrical Engineering and Automation jointly run by NJIT and University of Northumbria at Newcastle (UK) since 2007, has nurtured graduates highly recognized by the electric power industry, with its teaching quality generally acknowledged by society."),
        new("njit-oulu-school", "NJIT-Oulu School",
            ProgrammeKind.CooperativeSchool, null, ["university-of-oulu"],
            "Software Engineering", null,
            "A newly-established Chinese-foreign cooperatively-run school with the University of Oulu (Finland).",
            "We also boast a newly-established Chinese-foreign cooperatively-run NJIT-Oulu School with the University of Oulu (Finland), which has emerged from the previous \u201c4+0\u201d cooperative educational program in Software Engineering and made innovative efforts in education and teaching, humanistic exchanges, research collaboration, talent introduction, and social services."),
        .. DegreeAndExchangeWith("university-of-strathclyde", "University of Strathclyde"),
        .. DegreeAndExchangeWith("magdeburg-stendal-university-of-applied-sciences", "Magdeburg-Stendal University of Applied Sciences"),
        .. DegreeAndExchangeWith("university-of-wisconsin-milwaukee", "University of Wisconsin-Milwaukee"),
        .. DegreeAndExchangeWith("saxion-university-of-applied-sciences", "Saxion University of Applied Sciences"),
        new("courses-and-internships-national-university-of-singapore", "Courses and internships at the National University of Singapore",
            ProgrammeKind.ShortCourseOrInternship, ProgrammeDirection.Outbound, ["national-university-of-singapore"],
            null, null, "Overseas courses and internship programs from the National University of Singapore for NJIT students.", OverseasCourses),
        new("courses-and-internships-university-of-cambridge", "Courses and internships at the University of Cambridge",
            ProgrammeKind.ShortCourseOrInternship, ProgrammeDirection.Outbound, ["university-of-cambridge"],
            null, null, "Overseas courses and internship programs from the University of Cambridge for NJIT students.", OverseasCourses),
        new("degree-programmes-for-international-students", "Degree programmes for international students",
            ProgrammeKind.InternationalDegree, ProgrammeDirection.Inbound, [],
            null, null, "Degree programs that welcome international students to study at NJIT.", IncomingStudents),
        new("exchange-programmes-for-international-students", "Exchange programmes for international students",
            ProgrammeKind.Exchange, ProgrammeDirection.Inbound, [],
            null, null, "Exchange programs that welcome international students to study at NJIT.", IncomingStudents),
    ];

    public static readonly ProfessorSeed[] VisitingProfessors =
    [
        new("shi-jianjun", "Shi Jianjun", "Professor", "Member, US National Academy of Engineering"),
        new("clayton", "Clayton", "Professor", "Member, UK Royal Academy of Sciences"),
    ];

    public static readonly ConferenceSeed[] Conferences =
    [
        new("international-conference-on-electromechanical-technology",
            "International academic conference on Electromechanical Technology", "Electromechanical Technology"),
        new("international-conference-on-big-data-and-security",
            "International academic conference on Big Data and Security", "Big Data and Security"),
    ];

    public const string OverviewSlug = "international-cooperation";

    /// <summary>The privacy notice the enquiry form and the footer link to (/about/privacy).</summary>
    public const string PrivacySlug = "privacy";

    public static readonly TextSeed[] Pages =
    [
        new(OverviewSlug, "International cooperation",
            "NJIT has entered into partnerships with 37 universities in 16 countries and regions.",
            SourceText.Overview),
        new("study-abroad", "Study abroad", "Courses and internship programs abroad for NJIT students.", OverseasCourses),
        new("study-at-njit", "Study at NJIT", "Degree and exchange programs for international students.", IncomingStudents),
        new("staff-mobility", "Staff mobility", "Visits abroad for NJIT teachers and researchers.",
            "NJIT provides valuable experience for teachers and researchers to visit well-established universities abroad to share achievements and pursue higher education."),
        // Deliberately not legal text: the office writes the notice with the university's data
        // protection contact; the placeholder says so in both languages until they do.
        new(PrivacySlug, "Privacy notice", "How the international office handles the personal information sent through this website.",
            """
            **PLACEHOLDER – TO BE COMPLETED BY THE INTERNATIONAL OFFICE.**

            This page is a placeholder. It is not the privacy notice of the university and must not be read as one.

            The international office must replace this text (in the admin area: Pages, "Privacy notice") with the privacy notice approved by the university, in English and in Chinese, before the enquiry form is used.
            """)
        {
            TitleZh = "隐私声明",
            SummaryZh = "国际合作交流处如何处理通过本网站提交的个人信息。",
            BodyZh = """
                **占位内容——待国际合作交流处填写。**

                本页仅为占位内容，并非学校的隐私声明，不得视为隐私声明。

                国际合作交流处须在启用咨询表单之前，将本文替换为经学校审定的中英文隐私声明（在管理后台的“页面”中编辑“隐私声明”）。
                """,
        },
    ];

    private static ProgrammeSeed[] DegreeAndExchangeWith(string partnerSlug, string partnerName) =>
    [
        new($"international-degree-programmes-{partnerSlug}", $"International degree programmes with {partnerName}",
            ProgrammeKind.InternationalDegree, null, [partnerSlug], null, null,
            $"International degree programs provided by NJIT with {partnerName}.", DegreeAndExchange),
        new($"exchange-programmes-{partnerSlug}", $"Exchange programmes with {partnerName}",
            ProgrammeKind.Exchange, null, [partnerSlug], null, null,
            $"Exchange programs provided by NJIT with {partnerName}.", DegreeAndExchange),
    ];
}
