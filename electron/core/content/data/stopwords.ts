/**
 * Words that carry no topic, dropped from article text and queries. Indonesian function words,
 * chat abbreviations ("yg", "brp", "gmn") and Javanese/Dermayon function words ("ning", "isun",
 * "kepriben"), so "ngadu kemana" searches for "adu" only. Question words are here too: every
 * article answers "apa", "bagaimana" and "berapa".
 */
export const STOPWORDS_ID: ReadonlySet<string> = new Set(
  `
 ada adakah adalah agar akan aku anda dia kalian apa apakah atau bagaimana bagaimanakah bahwa banget bgt belum berapa
  bgmn bila bisa bisakah boleh bs brp buat cuma dalam dan dari daripada dengan dgn di dimana dong deh dll
  dsb engga enggak ga gak gimana gmn gimn hal harus ia ialah ini itu iya jadi jg juga kah kalau kalo
  kami kamu kan kapan karena kau ke kemana kenapa mengapa beberapa setelah bukan hanya jangan jika masih mungkin padahal paling sana sini secara sejak sebuah suatu tiap kepada kita klo knp kok krn lagi lah maka mana mau
  melalui mereka mesti misal nggak nih nya oleh pada para perlu pun saja aja sama sambil sang sangat
  saya se sebab sebagai sebelum sedang sekali seperti serta si sih siapa sudah supaya tak tanpa tapi
  tentang tersebut tetapi tidak tdk tolong toh tsb tuh untuk utk ya yaitu yakni yang yg
  aq gw gue sy

  arep endi isun kepriben kien kowe kuen kuwe kudu lan laka langka nang ning ora opo piye pira piro
  priwe sing sira wis uwis karo iku
`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

export const STOPWORDS_EN: ReadonlySet<string> = new Set(
  `
  a about an and are as at be been but by can could do does for from had has have how i if in into is
  it its me my of on or our should so than that the their them then there these they this to was we
  were what when where which who why will with would you your
`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
