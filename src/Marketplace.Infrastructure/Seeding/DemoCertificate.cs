using System.Text;
using Marketplace.Application.Caregivers;
using Marketplace.Application.Common.Ports;

namespace Marketplace.Infrastructure.Seeding;

/// <summary>A one-page PDF that stands in for the scanned certificates of the demo caregivers.</summary>
internal static class DemoCertificate
{
    private const string Pdf = """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 420 297] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
        4 0 obj << /Length 66 >> stream
        BT /F1 18 Tf 40 150 Td (Sertifikat contoh - data demo Peduli) Tj ET
        endstream endobj
        5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """;

    public static async Task<CertificateDocument> StoreAsync(IDocumentStore documents, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var bytes = Encoding.ASCII.GetBytes(Pdf);
        using var content = new MemoryStream(bytes);
        var key = await documents.SaveAsync(content, ".pdf", cancellationToken);
        return new CertificateDocument(key, "application/pdf", bytes.Length, now);
    }

    /// <summary>A BNSP competence certificate issued a few years ago and valid for three more.</summary>
    public static CertificateDetails For(int index, DateOnly today) => new(
        "Sertifikat Kompetensi Pendamping Lansia",
        $"BNSP-PL-7371-{2023 + (index % 3)}-{index + 101:0000}",
        "LSP Pekerja Sosial (BNSP)",
        today.AddYears(-1 - (index % 3)),
        today.AddYears(2));
}
