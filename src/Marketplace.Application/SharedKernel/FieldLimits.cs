namespace Marketplace.Application.SharedKernel;

/// <summary>Lengths and bounds written once, used by validators and by the database schema alike.</summary>
public static class FieldLimits
{
    public const int EmailMaxLength = 254;
    public const int PasswordMinLength = 8;

    /// <summary>OWASP ASVS 2.1.2: at least 64 characters must be accepted; beyond 128 only slows hashing.</summary>
    public const int PasswordMaxLength = 128;

    /// <summary>The longest token an account link may carry (Identity's are a few hundred characters).</summary>
    public const int AccountTokenMaxLength = 1024;

    public const int PersonNameMaxLength = 100;
    public const int PhoneMaxLength = 20;
    public const int OrganisationNameMaxLength = 150;
    public const int RegistrationNumberMaxLength = 50;
    public const int BioMaxLength = 2000;
    public const int AddressLineMaxLength = 200;
    public const int AreaCodeMaxLength = 13;
    public const int SlugMaxLength = 40;
    public const int ReasonMaxLength = 500;
    public const int VisitNotesMaxLength = 2000;

    /// <summary>An hourly rate below this is a typo (or exploitation), above it a typo too.</summary>
    public const long MinHourlyRateIdr = 10_000;
    public const long MaxHourlyRateIdr = 1_000_000;
    public const int MinServiceRadiusKm = 1;
    public const int MaxServiceRadiusKm = 100;
    public const int MaxTermsPerProfile = 15;
    public const int MaxServedAreas = 30;

    public const int TitleMaxLength = 150;
    public const int DescriptionMaxLength = 2000;
    public const int CertificateNumberMaxLength = 60;
    public const int PlaceNameMaxLength = 150;

    /// <summary>
    /// An upload (a profile photo, a certificate scan) as it leaves a phone: a camera's photo is 3–8 MB, a
    /// full-size 48 MP one about 15 MB. Pictures are shrunk before they are kept (<c>PictureFit</c>), so this
    /// bounds what is read, not what is stored; larger uploads are refused before they are read.
    /// </summary>
    public const long MaxUploadBytes = 15 * 1024 * 1024;

    /// <summary><see cref="MaxUploadBytes"/> in megabytes (of 1,048,576 bytes), as messages and hints name it.</summary>
    public const long MaxUploadMegabytes = MaxUploadBytes / (1024 * 1024);
    public const int MaxCertificatesPerCaregiver = 20;
    public const int MaxWeeklySlots = 21;
    public const int MaxTimeOffPeriods = 50;

    public const long MinDailyPriceIdr = 10_000;
    public const long MaxDailyPriceIdr = 5_000_000;
    public const int MaxPlacesPerDay = 500;
    public const int MaxAgeYears = 120;

    /// <summary>A care recipient who is a child is younger than this (counted by birth year).</summary>
    public const int AdultAgeYears = 18;

    /// <summary>An elder (lansia) is at least this old (counted by birth year), as Indonesian law counts them.</summary>
    public const int ElderAgeYears = 60;
    public const int MinSlotMinutes = 10;
    public const int MaxSlotMinutes = 240;
    public const int MaxSlotCapacity = 100;
}
