/**
 * Words the synthetic graph is written in. Title words never occur in the names of studios,
 * platforms, people, policies or festivals, so a full-text search for a title word (the benchmark
 * searches "palace") finds works only, whichever way a search applies its type filter.
 */
export const TITLE_ADJECTIVES = [
  'Silent', 'Last', 'Lost', 'Broken', 'Hidden', 'Eternal', 'Burning', 'Endless', 'Secret', 'Wandering',
  'Fearless', 'Midnight', 'Scarlet', 'Distant', 'Forgotten', 'Restless', 'Rising', 'Falling', 'Wild', 'Gentle',
  'Iron', 'Crimson', 'Hollow', 'Bright', 'Frozen', 'Velvet', 'Savage', 'Tender',
] as const;

/** Ordered by how often titles use them (the generator draws with a Zipf tail). */
export const TITLE_NOUNS = [
  'Love', 'City', 'Night', 'Dragon', 'River', 'Storm', 'Detective', 'Kingdom', 'Tiger', 'Street',
  'Promise', 'Warrior', 'Palace', 'Empire', 'Garden', 'Shadow', 'Journey', 'Legend', 'Family', 'Heart',
  'Mountain', 'Island', 'Mission', 'Dynasty', 'Blade', 'Lantern', 'Bridge', 'Window', 'Summer', 'Winter',
  'Sword', 'Ghost', 'Fortune', 'Banquet', 'Courtyard', 'Ferry', 'Market', 'Rain', 'Moon', 'Echo', 'Letter',
  'Tide', 'Alley', 'Typhoon', 'Orchid', 'Tram', 'Noodle', 'Boxer', 'Opera', 'Teahouse',
] as const;

export const TITLE_HANZI = [
  '龙', '城', '夜', '风', '云', '海', '港', '金', '天', '地', '心', '爱', '情', '江', '湖', '梦', '家', '兄', '弟',
  '王', '宫', '春', '秋', '雪', '山', '火', '星', '光', '影', '侠', '警', '探', '案', '门', '桥', '道', '路', '花',
  '月', '雨', '剑', '虎', '街', '岛', '帝', '国', '宴', '灯', '潮', '信',
] as const;

export const ROMAN = ['II', 'III', 'IV'] as const;

export const GENRES = [
  'Drama', 'Action', 'Comedy', 'Romance', 'Crime', 'Thriller', 'Horror', 'Fantasy', 'War', 'Historical',
  'Costume', 'Fashion', 'Family', 'Martial Arts', 'Mystery', 'Sci-Fi',
] as const;

export const LANGUAGES = ['Cantonese', 'Mandarin', 'English', 'Japanese', 'Korean', 'Hokkien'] as const;

export { CLASSIFICATIONS } from '../model';

export const FAMILY_NAMES = [
  'Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Leung', 'Ng', 'Ho', 'Lam', 'Tse', 'Yip', 'Kwok', 'Chow', 'Tang',
  'Zhang', 'Wang', 'Li', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu',
  'Guo', 'Lin', 'Luo', 'Tanaka', 'Sato', 'Kim', 'Park',
] as const;

export const GIVEN_NAMES = [
  'Ka-fai', 'Wai-man', 'Siu-ming', 'Mei-ling', 'Chi-wai', 'Ka-yan', 'Hoi-lam', 'Tsz-kin', 'Wing-sze', 'Yuk-ying',
  'Xiaoming', 'Yifan', 'Jiayi', 'Haoran', 'Zihan', 'Yuting', 'Junjie', 'Xinyi', 'Wei', 'Lei', 'Yu', 'Jing',
  'Hiroshi', 'Yuki', 'Min-jun', 'Seo-yeon',
] as const;

export const PERSON_ROLES = ['actor', 'actor', 'actor', 'director', 'screenwriter', 'producer'] as const;

export const COMPANY_WORDS = [
  'Golden', 'Silver', 'Pearl', 'Lotus', 'Phoenix', 'Crane', 'Bamboo', 'Summit', 'Orient', 'Starlight',
  'Skyline', 'Bayview', 'Victoria', 'Mandarin', 'Crystal', 'Emerald', 'Horizon', 'Sapphire', 'Kirin', 'Harbourfront',
] as const;

export const STUDIO_SUFFIXES = [
  'Pictures', 'Films', 'Entertainment', 'Media', 'Studios', 'Productions', 'Film Company', 'Culture Media',
] as const;

export const STUDIO_KINDS = ['PRODUCTION_COMPANY', 'PRODUCTION_COMPANY', 'PRODUCTION_COMPANY', 'BROADCASTER', 'STREAMER'] as const;

export const PLATFORM_SUFFIXES = ['Channel', 'TV', 'Video', 'Play', 'Stream', 'Plus'] as const;

export const PLATFORM_KINDS = ['TV_CHANNEL', 'STREAMING_SERVICE', 'APP'] as const;

export const POLICY_TOPICS = [
  'Film Development', 'Co-production', 'Drama Revitalisation', 'Creative Industries', 'Animation Support',
  'Cultural Exchange', 'Digital Media', 'Talent Training', 'Cinema Recovery', 'Location Filming',
] as const;

export const POLICY_FORMS = [
  { word: 'Fund', kind: 'FUND' }, { word: 'Scheme', kind: 'SCHEME' }, { word: 'Programme', kind: 'SCHEME' },
  { word: 'Initiative', kind: 'GOVERNMENT_INITIATIVE' }, { word: 'Agreement', kind: 'AGREEMENT' },
] as const;

export const FESTIVAL_FORMS = [
  { word: 'International Film Festival', kind: 'FESTIVAL' }, { word: 'Film Awards', kind: 'AWARD' },
  { word: 'Television Festival', kind: 'FESTIVAL' }, { word: 'Animation Festival', kind: 'FESTIVAL' },
  { word: 'Documentary Festival', kind: 'FESTIVAL' }, { word: 'Film Market', kind: 'MARKET' },
] as const;

export const AWARDS = ['Best Film', 'Best Director', 'Best Actor', 'Best Actress', 'Best Screenplay', 'Audience Award'] as const;

export const TIME_SLOTS = ['20:30-21:30', '21:30-22:30', '19:00-20:00', '22:30-23:30'] as const;

export const ACQUISITIONS = ['in-house', 'outsourced', 'purchased', 'co-produced'] as const;

export const CO_PRODUCTION_ROLES = ['investor', 'production', 'distribution'] as const;
