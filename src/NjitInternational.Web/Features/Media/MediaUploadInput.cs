using System.ComponentModel.DataAnnotations;
using NjitInternational.Web.Data.Configurations;

namespace NjitInternational.Web.Features.Media;

/// <summary>The upload form. The file is checked by <see cref="ImageProcessor"/>, not by attributes.</summary>
public sealed class MediaUploadInput : IValidatableObject
{
    [Display(Name = "Image file (JPEG, PNG or WebP)")]
    public IFormFile? File { get; set; }

    [StringLength(MediaItemConfiguration.AltTextLength), Display(Name = "Alternative text")]
    public string? AltText { get; set; }

    [Display(Name = "Decorative image (no alternative text needed)")]
    public bool IsDecorative { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsDecorative && string.IsNullOrWhiteSpace(AltText))
        {
            yield return new ValidationResult(
                "Describe the image for people who cannot see it (e.g. \"Logo of the University of Example\"), or tick \"Decorative image\".",
                [nameof(AltText)]);
        }
    }
}
