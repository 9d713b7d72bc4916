using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NjitInternational.UnitTests.Localization;

/// <summary>
/// The Chinese interface strings against the office's glossary (docs: zh-CN-terms.md): each "avoid"
/// term is a pattern that must match no value, and the writing conventions (full-width punctuation,
/// no space between a number and its measure word, ranges with ～) hold for every value.
/// </summary>
public sealed partial class ChineseGlossaryTests
{
    /// <summary>The glossary's "avoid" column, as patterns; lookarounds keep the right terms that contain them.</summary>
    public static TheoryData<string, string> AvoidTerms => new()
    {
        { "合作大学", "partner institution: 合作院校" },
        { "南工(?!程)", "the institute's short form: 南工程 (南工 reads as 南京工业大学)" },
        { "出国留学", "study abroad: 出国（境）学习" },
        { "海外", "abroad: 出国（境）, 境外" },
        { "交流项目", "student exchange: 交换生项目" },
        { "合作办学本科项目", "本科中外合作办学项目" },
        { "(?<!中外)合作办学", "中外合作办学项目 / 中外合作办学机构" },
        { "(?<!短期)课程与实习", "短期课程与实习项目" },
        { "国际会议", "conferences: 国际学术会议, consistently" },
        { "(?<!学术)会议(?!地点|主题|时间|简介)", "conferences: 国际学术会议; labels 会议地点 / 会议主题 / 会议时间" },
        { "(?<!国际合作)联盟", "one alliance term: 国际合作联盟" },
        { "主办方", "host: 主办单位" },
        { "(?<!会议)地点", "venue: 会议地点" },
        { "(?<!会议)主题", "topic: 会议主题" },
        { "重点项目", "featured: 推荐项目" },
        { "所有人", "a filter's \"everyone\": 不限" },
        { "全部地区", "all continents: 全部大洲" },
        { "所在院校", "home institution: 任职单位" },
        { "导航路径", "breadcrumb: 当前位置" },
        { "开放申请", "applications open: 接受申请中" },
        { "申请截止至", "closing date: 申请截止日期：{0}" },
        { "谢谢", "thank-you page: 提交成功" },
        { "出错了", "error page: 抱歉，页面出错" },
        { "国家(?!和地区|或地区|科学院)", "country: 国家或地区 / 国家和地区 (国家科学院 is a national academy)" },
        { "(?<!中国)(?:香港|澳门|台湾)", "中国香港 / 中国澳门 / 中国台湾" },
        { "已发布", "no CMS words on public pages" },
        { "记录", "no CMS words on public pages" },
    };

    [Theory]
    [MemberData(nameof(AvoidTerms))]
    public void ChineseValues_AvoidTheGlossarysAvoidTerms(string pattern, string useInstead)
    {
        var offending = ChineseValues().Where(v => Regex.IsMatch(v.Value, pattern)).Select(v => $"{v.Key} = {v.Value}").ToList();
        Assert.True(offending.Count == 0, $"use {useInstead}:\n{string.Join('\n', offending)}");
    }

    [Fact]
    public void ChineseValues_UseFullWidthPunctuationNextToChinese()
    {
        var offending = ChineseValues().Where(v => HalfWidthNextToChinese().IsMatch(v.Value)).Select(v => $"{v.Key} = {v.Value}").ToList();
        Assert.True(offending.Count == 0, "use （）、，：；“” in Chinese text:\n" + string.Join('\n', offending));
    }

    [Fact]
    public void ChineseValues_PutNoSpaceBetweenANumberAndItsMeasureWord()
    {
        var offending = ChineseValues().Where(v => SpacedMeasureWord().IsMatch(v.Value)).Select(v => $"{v.Key} = {v.Value}").ToList();
        Assert.True(offending.Count == 0, "write 37所, 第{0}页:\n" + string.Join('\n', offending));
    }

    [Fact]
    public void ChineseValues_WriteRangesWithAWaveDash()
    {
        var offending = ChineseValues().Where(v => v.Value.Contains('–', StringComparison.Ordinal) || RangeWithHyphen().IsMatch(v.Value)).Select(v => $"{v.Key} = {v.Value}").ToList();
        Assert.True(offending.Count == 0, "write ranges as 2～4:\n" + string.Join('\n', offending));
    }

    [Theory]
    [InlineData("南工程", "南工(?!程)", false)]
    [InlineData("来南工留学", "南工(?!程)", true)]
    [InlineData("全部国家和地区", "国家(?!和地区|或地区|科学院)", false)]
    [InlineData("没有符合条件的国家。", "国家(?!和地区|或地区|科学院)", true)]
    [InlineData("国际学术会议", "国际会议", false)]
    [InlineData("全部会议", "(?<!学术)会议(?!地点|主题|时间|简介)", true)]
    [InlineData("中国香港", "(?<!中国)(?:香港|澳门|台湾)", false)]
    public void AvoidPatterns_TellRightFromWrong(string text, string pattern, bool offends) =>
        Assert.Equal(offends, Regex.IsMatch(text, pattern));

    [Theory]
    [InlineData("国家或地区（选填）", false)]
    [InlineData("国家或地区(选填)", true)]
    [InlineData("{0}：{1}所", false)]
    [InlineData("{0}: 南京", true)]
    [InlineData("请输入邮箱,例如", true)]
    public void HalfWidthCheck_TellsRightFromWrong(string text, bool offends) =>
        Assert.Equal(offends, HalfWidthNextToChinese().IsMatch(text));

    private static List<KeyValuePair<string, string>> ChineseValues()
    {
        var path = Path.Combine(RepoRoot(), "src", "NjitInternational.Web", "Resources", "SharedResource.zh-CN.resx");
        return XDocument.Load(path).Root!.Elements("data")
            .Select(d => KeyValuePair.Create(d.Attribute("name")!.Value, d.Element("value")!.Value))
            .ToList();
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NjitInternational.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    // A Chinese character or full-width mark, then optional spaces, then ( ) , : ; — or the other way round.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uFF00-\uFFEF]\s*[(),:;]|[(),:;]\s*[\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\uFF00-\uFFEF]")]
    private static partial Regex HalfWidthNextToChinese();

    // A digit or a {n} placeholder, a space, then a measure word; or 第 followed by a space.
    [GeneratedRegex(@"[\d}]\s+[所个年条页位名次项]|第\s+[\d{]")]
    private static partial Regex SpacedMeasureWord();

    [GeneratedRegex(@"[\d}]\s*-\s*[\d{]")]
    private static partial Regex RangeWithHyphen();
}
