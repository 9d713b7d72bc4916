using NjitInternational.Web.Features.Enquiries;
using NjitInternational.Web.Features.Programmes;

namespace NjitInternational.Web.Features.Study;

/// <summary>The Study at NJIT page: the landing page plus the enquiry form and its programme options.</summary>
public sealed record StudyAtNjitViewModel(
    StudyLandingViewModel Landing,
    ChoiceList<ProgrammeOption> Programmes,
    EnquiryInput Enquiry);
