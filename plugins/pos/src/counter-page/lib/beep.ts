let audio: AudioContext | null = null

/** A short low tone: the unknown-code sound (no file to load, works offline). */
export function beep() {
  try {
    audio ??= new AudioContext()
    const tone = audio.createOscillator()
    const gain = audio.createGain()
    tone.type = "square"
    tone.frequency.value = 220
    gain.gain.value = 0.08
    tone.connect(gain).connect(audio.destination)
    tone.start()
    tone.stop(audio.currentTime + 0.25)
  } catch {
    // No audio device: the message on screen is enough.
  }
}
