namespace NjitInternational.Web.Data.Seed;

/// <summary>
/// shared/seed/international-cooperation.txt as Markdown, verbatim except the first word's lost
/// first letter ("Nanjing"), which the seed README restores.
/// </summary>
internal static class SourceText
{
    public const string Overview = """
        Nanjing Institute of Technology (NJIT) actively encourages a global vision by engaging in international cooperation and exchanges. So far, we have entered into partnerships with 37 universities in 16 countries and regions, including Germany, the United Kingdom, the United States, Finland, the Netherlands, Sweden, New Zealand, and South Korea. NJIT is also an active member of multiple global university cooperative alliances, such as the ROK-Jiangsu University Alliance, the Canada-Jiangsu University Alliance, the Alliance of China-Thailand Universities, and the Sino-Finnish Alliance of Universities of Applied Sciences. Recently years, we hosted a number of international academic conferences on such topics as Electromechanical Technology and Big Data and Security, further expanding our international exposure.

        The collaborative undergraduate program in Electrical Engineering and Automation jointly run by NJIT and University of Northumbria at Newcastle (UK) since 2007, has nurtured graduates highly recognized by the electric power industry, with its teaching quality generally acknowledged by society. We also boast a newly-established Chinese-foreign cooperatively-run NJIT-Oulu School with the University of Oulu (Finland), which has emerged from the previous “4+0” cooperative educational program in Software Engineering and made innovative efforts in education and teaching, humanistic exchanges, research collaboration, talent introduction, and social services. Furthermore, we also provide international degree programs and exchange programs with University of Strathclyde (UK), Magdeburg-Stendal University of Applied Sciences (Germany), University of Wisconsin-Milwaukee (US), Saxion University of Applied Sciences (the Netherlands).

        NJIT provides valuable experience for teachers and researchers to visit well-established universities abroad to share achievements and pursue higher education. In recent years, we have recruited over 20 visiting professors such as Professor Shi Jianjun, member of the US National Academy of Engineering, and Professor Clayton, member of the UK Royal Academy of Sciences. To provide more opportunities for the students to interact across national, cultural and geographic borders, NJIT encourages students to engage in overseas programs by actively introducing courses and internship programs from prestige universities, such as the National University of Singapore and the University of Cambridge. We also provide degree programs and exchange programs to welcome international students to study at NJIT.
        """;
}
