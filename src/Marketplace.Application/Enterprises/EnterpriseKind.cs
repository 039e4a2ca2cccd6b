namespace Marketplace.Application.Enterprises;

/// <summary>The kinds of social enterprise in the national care-economy programme.</summary>
public enum EnterpriseKind
{
    /// <summary>Lembaga Kesejahteraan Sosial: a registered social welfare institution.</summary>
    Lks,
    SocialStartup,

    /// <summary>A small or micro business (UMKM) partnered with the programme.</summary>
    UmkmPartner,
}
