/** The word a label or a sentence must use for who stands behind a figure: "Mediascope", "Max", "VK"… */
export const claimantWord = (by: string) => (/\(([^)]+)\)/.exec(by)?.[1] ?? by).split(/[/ ]/)[0]!;
