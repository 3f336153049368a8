// The board's vocabulary: posts and comments as members read them.

export interface Author {
  userId: string;
  displayName: string;
}

export interface PostView {
  id: string;
  groupId: string;
  groupName: string;
  author: Author;
  body: string;
  announcement: boolean;
  commentCount: number;
  createdAt: Date;
}

export interface CommentView {
  id: string;
  author: Author;
  body: string;
  createdAt: Date;
}

export interface PostPage {
  posts: PostView[];
  page: number;
  hasMore: boolean;
}

/** A post opened by one member: its latest comments, and whether they may delete it. */
export interface PostThread {
  post: PostView;
  comments: CommentView[];
  canDelete: boolean;
}
