namespace NjitInternational.Web.Data.Entities;

public enum ProgrammeKind
{
    CollaborativeUndergraduate,
    CooperativeSchool,
    InternationalDegree,
    Exchange,
    ShortCourseOrInternship,
}
