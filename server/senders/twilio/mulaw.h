#pragma once

#include <QByteArrayView>
#include <QtGlobal>

/// G.711 μ-law, the telephone network's 8-bit sample encoding (ITU-T G.711).
namespace MuLaw {

/// One μ-law byte as a 16-bit linear sample.
qint16 toLinear(quint8 encoded);
/// Decodes every byte of `encoded` into `linear`, which holds encoded.size() samples.
void decode(QByteArrayView encoded, qint16 *linear);

} // namespace MuLaw
