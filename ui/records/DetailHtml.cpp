#include "ui/records/DetailHtml.h"
#include "models/records/DateText.h"

#include "models/storage/AuditLog.h"
#include "models/records/Money.h"

#include <QCoreApplication>

#include <QLocale>

void DetailHtml::closeFields()
{
    if (!m_inFields) return;
    m_html += QStringLiteral("</table>");
    m_inFields = false;
}

void DetailHtml::title(const QString &text, const QString &subtitle)
{
    closeFields();
    m_html += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(text.toHtmlEscaped());
    if (!subtitle.isEmpty())
        m_html += QStringLiteral("<p style='color:#666; margin-top:0'>%1</p>").arg(subtitle.toHtmlEscaped());
}

void DetailHtml::field(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty()) return;
    if (!m_inFields) {
        m_html += QStringLiteral("<table cellspacing='0' cellpadding='2'>");
        m_inFields = true;
    }
    m_html += QStringLiteral("<tr><td style='color:#666; padding-right:10px'>%1</td><td>%2</td></tr>")
                  .arg(label.toHtmlEscaped(), value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

void DetailHtml::section(const QString &heading)
{
    closeFields();
    m_html += QStringLiteral("<h3 style='margin-top:14px; margin-bottom:4px'>%1</h3>").arg(heading.toHtmlEscaped());
}

void DetailHtml::table(const QStringList &headers, const QList<QStringList> &rows, const QString &empty,
                       const QList<int> &rightAligned, const QStringList &rowLinks)
{
    closeFields();
    if (rows.isEmpty()) {
        m_html += QStringLiteral("<p style='color:#888'>%1</p>").arg(empty.toHtmlEscaped());
        return;
    }
    auto align = [&](int c) { return rightAligned.contains(c) ? QStringLiteral(" align='right'") : QString(); };
    m_html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='3' style='border-collapse:collapse'><tr>");
    for (int c = 0; c < headers.size(); ++c)
        m_html += QStringLiteral("<th%1 style='background:#eef2f7; text-align:%2'>%3</th>")
                      .arg(align(c), rightAligned.contains(c) ? QStringLiteral("right") : QStringLiteral("left"),
                           headers.at(c).toHtmlEscaped());
    m_html += QStringLiteral("</tr>");
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        m_html += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c) {
            QString text = row.at(c).toHtmlEscaped();
            if (c == 0 && r < rowLinks.size())
                text = QStringLiteral("<a href='%1'>%2</a>").arg(rowLinks.at(r).toHtmlEscaped(), text);
            m_html += QStringLiteral("<td%1 style='border-bottom:1px solid #e5e5e5'>%2</td>").arg(align(c), text);
        }
        m_html += QStringLiteral("</tr>");
    }
    m_html += QStringLiteral("</table>");
}

void DetailHtml::warning(const QString &text)
{
    closeFields();
    m_html += QStringLiteral("<p style='background:#fdebd0; color:#7e5109; padding:4px'>&#9888; %1</p>").arg(text.toHtmlEscaped());
}

void DetailHtml::action(const QString &text, const QString &url)
{
    closeFields();
    m_html += QStringLiteral("<p><a href='%1'>%2</a></p>").arg(url.toHtmlEscaped(), text.toHtmlEscaped());
}

QString DetailHtml::html() const
{
    return m_html + (m_inFields ? QStringLiteral("</table>") : QString());
}

QString DetailHtml::date(const QDate &date)
{
    return DateText::date(date);
}

QString DetailHtml::money(const Money &money)
{
    return money.toString(QLocale());
}

QString DetailHtml::number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

void DetailHtml::history(const QList<AuditEntry> &entries)
{
    section(QCoreApplication::translate("DetailHtml", "History"));
    QList<QStringList> rows;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        // Which fields changed matters for edits; a creation or deletion concerns them all.
        const bool edit = it->action == QLatin1String("update") || it->action == QLatin1String("overwrite");
        rows.append({DateText::dateTime(it->at.toLocalTime()), it->who, it->actionLabel(),
                     edit ? it->changedFields().join(QStringLiteral(", ")) : QString()});
    }
    table({QCoreApplication::translate("DetailHtml", "When"), QCoreApplication::translate("DetailHtml", "Who"),
           QCoreApplication::translate("DetailHtml", "Change"), QCoreApplication::translate("DetailHtml", "Fields")},
          rows, QCoreApplication::translate("DetailHtml", "No changes recorded."));
}
